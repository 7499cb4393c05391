import { z } from "zod";
import { STEP_STATUSES } from "@/db/schema/enums";
import { isoDate, optionalUrl } from "./fields";

export const NOTE_MAX = 2000;

export const stepUpdateInput = z.object({
  initiativeId: z.uuid({ error: "validation.invalid" }),
  stepKey: z
    .string({ error: "validation.invalid" })
    .regex(/^[a-z0-9-]{1,60}$/, { error: "validation.invalid" }),
  status: z.enum(STEP_STATUSES, { error: "validation.choose" }),
  note: z
    .string({ error: "validation.invalid" })
    .trim()
    .max(NOTE_MAX, { error: "validation.tooLong" })
    .default(""),
  evidenceUrl: optionalUrl,
  evidenceDate: z
    .union([z.literal(""), isoDate])
    .optional()
    .transform((v) => (v ? v : null)),
  revision: z.coerce.number({ error: "validation.invalid" }).int().min(0).max(1_000_000),
});

export type StepUpdate = z.output<typeof stepUpdateInput>;
