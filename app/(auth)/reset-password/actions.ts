"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { errorState } from "@/lib/actions/messages";
import { resetPassword } from "@/lib/auth/password-reset";
import { resetPasswordInput } from "@/lib/validation/auth";

export const resetPasswordAction = formAction(
  resetPasswordInput,
  async (input, { t }) => {
    const done = await resetPassword(input.token, input.password);
    if (!done) return errorState(t("reset.expired"));
    redirect("/sign-in?reset=1");
  },
  { public: true },
);
