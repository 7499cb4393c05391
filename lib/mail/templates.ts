import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";

type Rendered = { subject: string; text: string };

function render(
  locale: Locale,
  key: "magicLink" | "confirmSignup" | "accountExists" | "resetPassword",
  values: Record<string, string>,
): Rendered {
  const t = translatorFor(locale);
  return {
    subject: t(`mail.${key}.subject`),
    text: `${t(`mail.${key}.body`, values)}\n\n— ${t("mail.signature")}`,
  };
}

export const magicLinkMail = (locale: Locale, url: string) => render(locale, "magicLink", { url });

export const confirmSignupMail = (locale: Locale, url: string) =>
  render(locale, "confirmSignup", { url });

export const accountExistsMail = (locale: Locale, signInUrl: string, resetUrl: string) =>
  render(locale, "accountExists", { signInUrl, resetUrl });

export const resetPasswordMail = (locale: Locale, url: string) =>
  render(locale, "resetPassword", { url });
