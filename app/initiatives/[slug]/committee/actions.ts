"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { rosterState } from "@/lib/actions/roster-answer";
import { addCommitteeMember, removeCommitteeMember } from "@/lib/initiatives/roster";
import { committeeMemberInput, removeRosterEntryInput } from "@/lib/validation/roster";

export const addCommitteeMemberAction = formAction(
  committeeMemberInput,
  async (input, { user, t }) => {
    const result = await addCommitteeMember(user, input);
    if (result === "ok") revalidatePath("/initiatives/[slug]", "layout");
    return rosterState(result, t, "committee", t("committee.added"));
  },
);

export const removeCommitteeMemberAction = formAction(
  removeRosterEntryInput,
  async (input, { user, t }) => {
    const result = await removeCommitteeMember(user, input.initiativeId, input.entryId);
    if (result === "ok") revalidatePath("/initiatives/[slug]", "layout");
    return rosterState(result, t, "committee", t("committee.removed"));
  },
);
