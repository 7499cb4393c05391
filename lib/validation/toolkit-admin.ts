import { z } from "zod";
import { EVIDENCE_KINDS, HELP_TOPICS, TOOLKIT_PHASES } from "@/db/schema/enums";
import { requiredText } from "./fields";

const key = z
  .string({ error: "validation.required" })
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "validation.stepKey" })
  .max(60, { error: "validation.tooLong" });
const guidance = z
  .string({ error: "validation.invalid" })
  .trim()
  .max(1000, { error: "validation.tooLong" })
  .default("");

export const draftStepInput = z.object({
  key,
  phase: z.enum(TOOLKIT_PHASES, { error: "validation.choose" }),
  topic: z.enum(HELP_TOPICS, { error: "validation.choose" }),
  evidence: z.enum(EVIDENCE_KINDS, { error: "validation.choose" }),
  titleEs: requiredText(200),
  titleEn: requiredText(200),
  titlePt: requiredText(200),
  guidanceEs: guidance,
  guidanceEn: guidance,
  guidancePt: guidance,
});

export const retireStepInput = z.object({ key });
export const publishInput = z.object({ notes: requiredText(500) });
export const moveChecklistInput = z.object({
  initiativeId: z.uuid({ error: "validation.invalid" }),
  version: z.coerce.number({ error: "validation.invalid" }).int().min(1),
});
