"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { rateLimitedState } from "@/lib/actions/messages";
import { startSignUp } from "@/lib/auth/sign-up";
import { signUpInput } from "@/lib/validation/auth";

export const signUpAction = formAction(
  signUpInput,
  async (input, { t, locale, ip }) => {
    const decision = await startSignUp(input, locale, ip);
    if (!decision.allowed) return rateLimitedState(t, decision.retryAt);
    redirect("/check-email?kind=signup");
  },
  { public: true },
);
