import { z } from "zod";
import { MATCHING_PENALTY_MAX } from "@/db/schema/enums";

const id = z.uuid({ error: "validation.invalid" });

export const runMatchingInput = z.object({
  penalty: z.coerce
    .number({ error: "validation.penalty" })
    .int({ error: "validation.penalty" })
    .min(0, { error: "validation.penalty" })
    .max(MATCHING_PENALTY_MAX, { error: "validation.penalty" }),
});

export const draftInput = z.object({ draftId: id });
export const changeDraftInput = z.object({ draftId: id, offerId: id });
export const runInput = z.object({ runId: id });
export const publishRunInput = z.object({
  runId: id,
  message: z
    .string({ error: "validation.invalid" })
    .trim()
    .max(1000, { error: "validation.tooLong" })
    .default(""),
});
