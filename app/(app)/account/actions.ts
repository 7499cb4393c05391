"use server";

import { revalidatePath } from "next/cache";
import { AuthError } from "next-auth";
import { setEmailNotifications } from "@/db/queries/users";
import { formAction } from "@/lib/actions/form-action";
import { errorState } from "@/lib/actions/messages";
import { changePassword, saveProfile, signOutEverywhere } from "@/lib/auth/account";
import { signIn, signOut } from "@/lib/auth/config";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { translatorFor } from "@/lib/i18n/messages";
import {
  changePasswordInput,
  emailNoticesInput,
  emptyInput,
  profileInput,
} from "@/lib/validation/auth";

export const updateProfileAction = formAction(profileInput, async (input, { user }) => {
  await saveProfile(user, input);
  await rememberLocale(input.locale);
  revalidatePath("/", "layout");
  // The request's translator speaks the old language; answer in the chosen one.
  return { status: "success", message: translatorFor(input.locale)("account.profileSaved") };
});

export const changePasswordAction = formAction(changePasswordInput, async (input, { user, t }) => {
  const result = await changePassword(user, input);
  if (result === "wrong_current") {
    return { status: "error", fieldErrors: { current: [t("account.wrongCurrent")] } };
  }
  // Every session ended with the change; this device gets a fresh one at once.
  try {
    await signIn("credentials", {
      email: user.email,
      password: input.password,
      redirectTo: "/account?passwordChanged=1",
    });
  } catch (error) {
    if (error instanceof AuthError) return errorState(t("account.passwordChangedSignInAgain"));
    throw error;
  }
  return { status: "success" };
});

export const signOutEverywhereAction = formAction(emptyInput, async (_input, { user }) => {
  await signOutEverywhere(user);
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
  return { status: "success" };
});

export const emailNoticesAction = formAction(emailNoticesInput, async (input, { user, t }) => {
  await setEmailNotifications(user.id, input.emailNotifications);
  return { status: "success", message: t("notifications.emailSaved") };
});
