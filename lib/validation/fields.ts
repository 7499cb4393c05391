import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { LOCALES } from "@/lib/i18n/locales";

// Error messages are catalog keys under "validation."; the action layer translates them.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export const requiredText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" });

export const emailField = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.tooLong" })
  .pipe(z.email({ error: "validation.email" }));

/** OWASP ASVS: length only, no composition rules, common passwords refused. */
export const newPasswordField = z
  .string({ error: "validation.required" })
  .min(PASSWORD_MIN, { error: "validation.passwordTooShort" })
  .max(PASSWORD_MAX, { error: "validation.tooLong" })
  .refine((value) => !isCommonPassword(value), { error: "validation.passwordCommon" });

/** A password being checked, not chosen: only bounded, never judged. */
export const currentPasswordField = z
  .string({ error: "validation.required" })
  .min(1, { error: "validation.required" })
  .max(PASSWORD_MAX, { error: "validation.tooLong" });

export const localeField = z.enum(LOCALES, { error: "validation.locale" });

/** A pair of password fields that must match; the error lands on the confirmation. */
export function withConfirmation<
  T extends z.ZodObject<{ password: z.ZodType; confirm: z.ZodType }>,
>(schema: T) {
  return schema.refine((v) => v.password === v.confirm, {
    error: "validation.passwordMismatch",
    path: ["confirm"],
  });
}
