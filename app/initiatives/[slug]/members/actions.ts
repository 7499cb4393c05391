"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { membershipState } from "@/lib/actions/membership-answer";
import {
  changeMemberRole,
  decideJoinRequest,
  inviteByEmail,
  leaveInitiative,
  removeFromInitiative,
} from "@/lib/initiatives/membership";
import {
  decideJoinInput,
  inviteInput,
  leaveInput,
  memberRoleInput,
  removeMemberInput,
} from "@/lib/validation/membership";

const refresh = () => revalidatePath("/initiatives/[slug]/members", "page");

export const decideJoinAction = formAction(decideJoinInput, async (input, { user, t }) => {
  const approve = input.decision === "approve";
  const result = await decideJoinRequest(user, input.requestId, approve);
  if (result === "ok") refresh();
  return membershipState(result, t, t(approve ? "members.done.approved" : "members.done.declined"));
});

export const changeRoleAction = formAction(memberRoleInput, async (input, { user, t }) => {
  const result = await changeMemberRole(user, input.initiativeId, input.userId, input.role);
  if (result === "ok") refresh();
  return membershipState(result, t, t("members.done.role"));
});

export const removeMemberAction = formAction(removeMemberInput, async (input, { user, t }) => {
  const result = await removeFromInitiative(user, input.initiativeId, input.userId);
  if (result === "ok") refresh();
  return membershipState(result, t, t("members.done.removed"));
});

export const inviteAction = formAction(inviteInput, async (input, { user, t, locale }) => {
  const result = await inviteByEmail(user, input, locale);
  if (result === "ok") refresh();
  return membershipState(result, t, t("members.invited", { email: input.email }));
});

export const leaveAction = formAction(leaveInput, async (input, { user, t }) => {
  const result = await leaveInitiative(user, input.initiativeId);
  if (result !== "ok") return membershipState(result, t, "");
  redirect("/my-initiatives");
});
