"use server";

import { revalidatePath } from "next/cache";
import type { ActionContext } from "@/lib/actions/context";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/state";
import {
  addNote,
  giveFeedback,
  logMeeting,
  setGoal,
  type WorkspaceResult,
} from "@/lib/mentorship/workspace";
import { feedbackInput, goalInput, meetingLogInput, noteInput } from "@/lib/validation/workspace";

function answer(result: WorkspaceResult, t: ActionContext["t"], success: string): FormState {
  if (result !== "ok") return { status: "error", message: t(`workspace.errors.${result}`) };
  revalidatePath("/mentorships/[id]", "page");
  return { status: "success", message: success };
}

export const setGoalAction = formAction(goalInput, async (input, { user, t }) =>
  answer(
    await setGoal(user, input.mentorshipId, input.stepKey, input.remove === "1"),
    t,
    t("workspace.goalSaved"),
  ),
);

export const addNoteAction = formAction(noteInput, async (input, { user, t }) =>
  answer(await addNote(user, input.mentorshipId, input.body), t, t("workspace.noteAdded")),
);

export const logMeetingAction = formAction(meetingLogInput, async (input, { user, t }) =>
  answer(await logMeeting(user, input), t, t("workspace.meetingLogged")),
);

export const feedbackAction = formAction(feedbackInput, async (input, { user, t }) =>
  answer(await giveFeedback(user, input), t, t("workspace.feedbackSaved")),
);
