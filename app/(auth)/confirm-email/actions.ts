"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { errorState } from "@/lib/actions/messages";
import { confirmSignUp } from "@/lib/auth/sign-up";
import { confirmEmailInput } from "@/lib/validation/auth";

export const confirmEmailAction = formAction(
  confirmEmailInput,
  async (input, { t }) => {
    const confirmed = await confirmSignUp(input.token);
    if (!confirmed) return errorState(t("confirmEmail.expired"));
    redirect("/sign-in?confirmed=1");
  },
  { public: true },
);
