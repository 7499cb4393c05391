"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { membershipState } from "@/lib/actions/membership-answer";
import { requestToJoin } from "@/lib/initiatives/membership";
import { joinRequestInput } from "@/lib/validation/membership";

export const requestJoinAction = formAction(joinRequestInput, async (input, { user, t }) => {
  const result = await requestToJoin(user, input.initiativeId, input.message ?? "");
  if (result === "ok") revalidatePath("/initiatives/[slug]", "page");
  return membershipState(result, t, t("profile.joinSent"));
});
