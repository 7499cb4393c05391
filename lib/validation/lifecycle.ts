import { z } from "zod";
import { optionalText } from "./fields";

const mentorshipId = z.uuid({ error: "validation.invalid" });

export const proposeInput = z.object({
  offerId: z.uuid({ error: "validation.invalid" }),
  requestId: z.uuid({ error: "validation.invalid" }),
  message: optionalText(1000),
});
export const answerInput = z.object({ mentorshipId, reason: optionalText(500) });
export const mentorshipIdInput = z.object({ mentorshipId });
export const closeMentorshipInput = z.object({
  mentorshipId,
  outcome: z.enum(["ended", "completed"], { error: "validation.choose" }),
  reason: optionalText(1000),
});
