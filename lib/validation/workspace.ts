import { z } from "zod";
import { isoDate, optionalText, requiredText } from "./fields";

const mentorshipId = z.uuid({ error: "validation.invalid" });
const stepKey = z
  .string({ error: "validation.invalid" })
  .regex(/^[a-z0-9-]{1,60}$/, { error: "validation.invalid" });

export const goalInput = z.object({ mentorshipId, stepKey, remove: z.literal("1").optional() });
export const noteInput = z.object({ mentorshipId, body: requiredText(4000) });
export const meetingLogInput = z.object({
  mentorshipId,
  heldOn: isoDate.refine((v) => v <= new Date().toISOString().slice(0, 10), {
    error: "validation.futureDate",
  }),
  minutes: z.coerce
    .number({ error: "validation.minutes" })
    .int({ error: "validation.minutes" })
    .min(5, { error: "validation.minutes" })
    .max(600, { error: "validation.minutes" }),
  summary: requiredText(4000),
  nextSteps: optionalText(2000),
});
export const feedbackInput = z.object({
  mentorshipId,
  rating: z.coerce
    .number({ error: "validation.rating" })
    .int({ error: "validation.rating" })
    .min(1, { error: "validation.rating" })
    .max(5, { error: "validation.rating" }),
  comment: optionalText(2000),
});
export const stepCommentInput = z.object({
  initiativeId: z.uuid({ error: "validation.invalid" }),
  stepKey,
  body: requiredText(2000),
});
