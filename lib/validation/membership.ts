import { z } from "zod";
import { MEMBER_ROLES } from "@/db/schema/enums";
import { emailField, optionalText } from "./fields";

const id = z.uuid({ error: "validation.invalid" });
const userId = z
  .string({ error: "validation.invalid" })
  .trim()
  .min(1, { error: "validation.invalid" })
  .max(100, { error: "validation.invalid" });

export const joinRequestInput = z.object({ initiativeId: id, message: optionalText(500) });
export const decideJoinInput = z.object({
  requestId: id,
  decision: z.enum(["approve", "decline"], { error: "validation.invalid" }),
});
export const leaveInput = z.object({ initiativeId: id });
export const memberRoleInput = z.object({
  initiativeId: id,
  userId,
  role: z.enum(MEMBER_ROLES, { error: "validation.choose" }),
});
export const removeMemberInput = z.object({ initiativeId: id, userId });
export const inviteInput = z.object({
  initiativeId: id,
  email: emailField,
  role: z.enum(MEMBER_ROLES, { error: "validation.choose" }),
});
export const acceptInvitationInput = z.object({ token: z.string().trim().min(20).max(200) });
