"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { rateLimitedState } from "@/lib/actions/messages";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { forgotPasswordInput } from "@/lib/validation/auth";

export const forgotPasswordAction = formAction(
  forgotPasswordInput,
  async (input, { t, locale, ip }) => {
    const decision = await requestPasswordReset(input.email, locale, ip);
    if (!decision.allowed) return rateLimitedState(t, decision.retryAt);
    redirect("/check-email?kind=reset");
  },
  { public: true },
);
