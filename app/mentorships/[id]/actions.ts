"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { lifecycleState } from "@/lib/actions/lifecycle-answer";
import { accept, close, decline, propose, withdraw } from "@/lib/mentorship/lifecycle";
import {
  answerInput,
  closeMentorshipInput,
  mentorshipIdInput,
  proposeInput,
} from "@/lib/validation/lifecycle";

const refresh = () => revalidatePath("/", "layout");

export const proposeAction = formAction(proposeInput, async (input, { user, t }) => {
  const result = await propose(user, { ...input, message: input.message ?? "" });
  if (!result.ok) return lifecycleState(result, t, "");
  refresh();
  redirect(`/mentorships/${result.id}`);
});

export const acceptAction = formAction(mentorshipIdInput, async (input, { user, t }) => {
  const result = await accept(user, input.mentorshipId);
  if (result.ok) refresh();
  return lifecycleState(result, t, t("lifecycle.accepted"));
});

export const declineAction = formAction(answerInput, async (input, { user, t }) => {
  const result = await decline(user, input.mentorshipId, input.reason ?? "");
  if (result.ok) refresh();
  return lifecycleState(result, t, t("lifecycle.declined"));
});

export const withdrawAction = formAction(mentorshipIdInput, async (input, { user, t }) => {
  const result = await withdraw(user, input.mentorshipId);
  if (result.ok) refresh();
  return lifecycleState(result, t, t("lifecycle.withdrawn"));
});

export const closeMentorshipAction = formAction(
  closeMentorshipInput,
  async (input, { user, t }) => {
    const result = await close(user, input.mentorshipId, input.outcome, input.reason ?? "");
    if (result.ok) refresh();
    return lifecycleState(
      result,
      t,
      t(input.outcome === "completed" ? "lifecycle.completed" : "lifecycle.ended"),
    );
  },
);
