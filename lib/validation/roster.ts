import { z } from "zod";
import { GENDERS, MEETING_FORMATS, STAKEHOLDER_GROUPS } from "@/db/schema/enums";
import { isCountryCode } from "@/lib/initiatives/countries";
import { isoDate, optionalText, optionalUrl, requiredText } from "./fields";

const initiativeId = z.uuid({ error: "validation.invalid" });
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

export const committeeMemberInput = z.object({
  initiativeId,
  name: requiredText(120),
  stakeholderGroup: z.enum(STAKEHOLDER_GROUPS, { error: "validation.choose" }),
  gender: z.preprocess(
    blankToUndefined,
    z.enum(GENDERS, { error: "validation.choose" }).optional(),
  ),
  city: optionalText(80),
  country: z.preprocess(
    blankToUndefined,
    z.string().refine(isCountryCode, { error: "validation.country" }).optional(),
  ),
  committeeRole: optionalText(80),
});

export const removeRosterEntryInput = z.object({
  initiativeId,
  entryId: z.uuid({ error: "validation.invalid" }),
});

export const meetingInput = z
  .object({
    initiativeId,
    edition: z.coerce
      .number({ error: "validation.number" })
      .int({ error: "validation.number" })
      .min(1, { error: "validation.number" })
      .max(100, { error: "validation.number" }),
    startsOn: isoDate,
    endsOn: isoDate,
    venue: z
      .string({ error: "validation.invalid" })
      .trim()
      .max(200, { error: "validation.tooLong" })
      .default(""),
    format: z.enum(MEETING_FORMATS, { error: "validation.choose" }),
    agendaUrl: optionalUrl,
    reportUrl: optionalUrl,
  })
  .refine((m) => m.endsOn >= m.startsOn, { error: "validation.endBeforeStart", path: ["endsOn"] });
