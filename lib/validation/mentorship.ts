import { z } from "zod";
import {
  HELP_TOPICS,
  MAX_CAPACITY,
  OFFER_STATUSES,
  SUB_REGIONS,
  WORK_LANGUAGES,
} from "@/db/schema/enums";
import { isoDate, manyOf, requiredText } from "./fields";

const initiativeId = z.uuid({ error: "validation.invalid" });
const topics = manyOf(z.enum(HELP_TOPICS, { error: "validation.choose" })).pipe(
  z.array(z.enum(HELP_TOPICS)).min(1, { error: "validation.topicRequired" }),
);
const languages = manyOf(z.enum(WORK_LANGUAGES, { error: "validation.language" })).pipe(
  z.array(z.enum(WORK_LANGUAGES)).min(1, { error: "validation.languageRequired" }),
);

export const offerInput = z.object({
  initiativeId,
  topics,
  languages,
  capacity: z.coerce
    .number({ error: "validation.capacity" })
    .int({ error: "validation.capacity" })
    .min(1, { error: "validation.capacity" })
    .max(MAX_CAPACITY, { error: "validation.capacity" }),
  preferredSubRegions: manyOf(z.enum(SUB_REGIONS, { error: "validation.choose" })),
  note: z
    .string({ error: "validation.invalid" })
    .trim()
    .max(1000, { error: "validation.tooLong" })
    .default(""),
});

export const offerStatusInput = z.object({
  offerId: z.uuid({ error: "validation.invalid" }),
  status: z.enum(OFFER_STATUSES, { error: "validation.choose" }),
});

export const requestInput = z.object({
  initiativeId,
  topics,
  languages,
  description: requiredText(2000),
  horizon: z
    .union([z.literal(""), isoDate])
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || v >= new Date().toISOString().slice(0, 10), {
      error: "validation.pastDate",
    }),
});

export const closeRequestInput = z.object({ requestId: z.uuid({ error: "validation.invalid" }) });
