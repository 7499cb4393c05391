import { z } from "zod";
import { INITIATIVE_KINDS, STAGES, SUB_REGIONS, WORK_LANGUAGES } from "@/db/schema/enums";
import { isCountryCode } from "@/lib/initiatives/countries";
import { lineList, manyOf, optionalEmail, optionalText, optionalUrl, requiredText } from "./fields";

export const FIRST_YEAR = 2005;
export const DESCRIPTION_MAX = 5000;

const year = z
  .string({ error: "validation.invalid" })
  .trim()
  .transform((v, ctx) => {
    if (v === "") return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < FIRST_YEAR || n > new Date().getUTCFullYear()) {
      ctx.addIssue({ code: "custom", message: "validation.year" });
      return z.NEVER;
    }
    return n;
  })
  .optional();

/** Everything a lead fills in about an initiative. */
export const initiativeInput = z.object({
  name: requiredText(150).pipe(z.string().min(3, { error: "validation.tooShort" })),
  acronym: optionalText(20),
  kind: z.enum(INITIATIVE_KINDS, { error: "validation.choose" }),
  countries: manyOf(z.string().refine(isCountryCode, { error: "validation.country" })).pipe(
    z
      .array(z.string())
      .min(1, { error: "validation.countryRequired" })
      .max(40, { error: "validation.tooMany" }),
  ),
  subRegion: z.enum(SUB_REGIONS, { error: "validation.choose" }),
  languages: manyOf(z.enum(WORK_LANGUAGES, { error: "validation.language" })).pipe(
    z.array(z.enum(WORK_LANGUAGES)).min(1, { error: "validation.languageRequired" }),
  ),
  yearEstablished: year,
  website: optionalUrl,
  mailingList: optionalUrl,
  contactEmail: optionalEmail,
  description: z
    .string({ error: "validation.invalid" })
    .trim()
    .max(DESCRIPTION_MAX, { error: "validation.tooLong" })
    .default(""),
  stage: z.enum(STAGES, { error: "validation.choose" }),
  fundingSources: lineList(20, 120).default([]),
  // An unchecked box sends nothing: absent means private.
  checklistPublic: z.preprocess((v) => v === "on" || v === "true", z.boolean()).default(false),
});

export type InitiativeInput = z.output<typeof initiativeInput>;

export const initiativeUpdateInput = initiativeInput.extend({
  initiativeId: z.uuid({ error: "validation.invalid" }),
});
