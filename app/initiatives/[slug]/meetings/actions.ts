"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { rosterState } from "@/lib/actions/roster-answer";
import { addMeeting, removeMeeting } from "@/lib/initiatives/roster";
import { meetingInput, removeRosterEntryInput } from "@/lib/validation/roster";

export const addMeetingAction = formAction(meetingInput, async (input, { user, t }) => {
  const result = await addMeeting(user, input);
  if (result === "ok") revalidatePath("/initiatives/[slug]", "layout");
  return rosterState(result, t, "meetings", t("meetings.added"));
});

export const removeMeetingAction = formAction(
  removeRosterEntryInput,
  async (input, { user, t }) => {
    const result = await removeMeeting(user, input.initiativeId, input.entryId);
    if (result === "ok") revalidatePath("/initiatives/[slug]", "layout");
    return rosterState(result, t, "meetings", t("meetings.removed"));
  },
);
