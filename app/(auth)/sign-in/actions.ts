"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { formAction } from "@/lib/actions/form-action";
import { errorState, rateLimitedState } from "@/lib/actions/messages";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signIn } from "@/lib/auth/config";
import { MailRateLimitedError, RateLimitedSignIn } from "@/lib/auth/errors";
import { oauthProviders } from "@/lib/auth/oauth";
import { magicLinkInput, signInInput } from "@/lib/validation/auth";

export const signInAction = formAction(
  signInInput,
  async (input, { t }) => {
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeCallbackPath(input.callbackUrl),
      });
    } catch (error) {
      if (error instanceof RateLimitedSignIn) return rateLimitedState(t, error.retryAt);
      // One message for unknown e-mail, wrong password and disabled account.
      if (error instanceof AuthError) return errorState(t("auth.invalidCredentials"));
      throw error;
    }
    return { status: "success" };
  },
  { public: true },
);

export const magicLinkAction = formAction(
  magicLinkInput,
  async (input, { t }) => {
    try {
      const url: string = await signIn("nodemailer", {
        email: input.email,
        redirectTo: safeCallbackPath(input.callbackUrl),
        redirect: false,
      });
      if (url.includes("error=")) return errorState(t("auth.mailFailed"));
    } catch (error) {
      if (error instanceof MailRateLimitedError) return rateLimitedState(t, error.retryAt);
      if (!(error instanceof AuthError)) throw error;
      // AccessDenied (a disabled account) answers like any other address.
      if (error.type !== "AccessDenied") return errorState(t("auth.mailFailed"));
    }
    redirect("/check-email?kind=magic");
  },
  { public: true },
);

/** Starts an OAuth sign-in with a provider that is switched on; anything else is ignored. */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = oauthProviders().find((p) => p.id === formData.get("provider"));
  if (!provider) return;
  await signIn(provider.id, { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}
