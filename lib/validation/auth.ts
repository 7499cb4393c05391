import { z } from "zod";
import {
  currentPasswordField,
  emailField,
  localeField,
  newPasswordField,
  requiredText,
  withConfirmation,
} from "./fields";

const callbackUrl = z.string().max(2048).optional();
const token = z.string().trim().min(20).max(200);

export const signUpInput = withConfirmation(
  z.object({
    name: requiredText(120),
    email: emailField,
    password: newPasswordField,
    confirm: z.string(),
  }),
);

export const signInInput = z.object({
  email: emailField,
  password: currentPasswordField,
  callbackUrl,
});

export const magicLinkInput = z.object({ email: emailField, callbackUrl });

export const forgotPasswordInput = z.object({ email: emailField });

export const confirmEmailInput = z.object({ token });

export const resetPasswordInput = withConfirmation(
  z.object({ token, password: newPasswordField, confirm: z.string() }),
);

export const profileInput = z.object({ name: requiredText(120), locale: localeField });

export const changePasswordInput = withConfirmation(
  z.object({ current: currentPasswordField, password: newPasswordField, confirm: z.string() }),
);

export const localeInput = z.object({
  locale: localeField,
  returnTo: z.string().max(2048).optional(),
});

export const personIdInput = z.object({ userId: z.uuid({ error: "validation.invalid" }) });

export const emptyInput = z.object({});

export const emailNoticesInput = z.object({
  emailNotifications: z.preprocess((v) => v === "on" || v === "true", z.boolean()).default(false),
});
