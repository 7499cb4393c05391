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

/** An optional text: empty becomes undefined. */
export const optionalText = (max: number) =>
  z
    .string({ error: "validation.invalid" })
    .trim()
    .max(max, { error: "validation.tooLong" })
    .transform((v) => (v === "" ? undefined : v))
    .optional();

/** An http(s) URL, or nothing. Other schemes (javascript:, data:) are refused. */
export const optionalUrl = z
  .string({ error: "validation.invalid" })
  .trim()
  .max(2000, { error: "validation.tooLong" })
  .refine((v) => v === "" || isHttpUrl(v), { error: "validation.url" })
  .transform((v) => (v === "" ? undefined : v))
  .optional();

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const optionalEmail = z
  .string({ error: "validation.invalid" })
  .trim()
  .toLowerCase()
  .max(254, { error: "validation.tooLong" })
  .refine((v) => v === "" || z.email().safeParse(v).success, { error: "validation.email" })
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** Form fields that may repeat (checkboxes, multi-selects) arrive as one value or many. */
export const manyOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    // A choice sent twice counts once (a repeated topic would collide with itself later).
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? [...new Set(v)] : [v]),
    z.array(item, { error: "validation.invalid" }).max(100, { error: "validation.invalid" }),
  );

/** A textarea with one entry per line (or comma-separated). */
export const lineList = (maxItems: number, maxLength: number) =>
  z
    .string({ error: "validation.invalid" })
    .max(maxItems * (maxLength + 2), { error: "validation.tooLong" })
    .transform((v) =>
      v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(maxLength, { error: "validation.tooLong" }))
        .max(maxItems, { error: "validation.tooMany" }),
    );

/** A calendar date as YYYY-MM-DD that really exists. */
export const isoDate = z
  .string({ error: "validation.required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) &&
      // Real dates for this app; PostgreSQL has no year 0 either.
      v >= "1900-01-01" &&
      v <= "2199-12-31",
    {
      error: "validation.date",
    },
  );
