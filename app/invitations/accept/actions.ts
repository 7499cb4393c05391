"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { membershipState } from "@/lib/actions/membership-answer";
import { acceptInvitation } from "@/lib/initiatives/membership";
import { acceptInvitationInput } from "@/lib/validation/membership";

export const acceptInvitationAction = formAction(
  acceptInvitationInput,
  async (input, { user, t }) => {
    const result = await acceptInvitation(user, input.token);
    if (typeof result === "object") redirect(`/initiatives/${result.ok}`);
    return membershipState(result, t, "");
  },
);
