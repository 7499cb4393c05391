import type { Locale } from "@/lib/i18n/locales";
import { type Messages, translatorFor } from "@/lib/i18n/messages";

type Rendered = { subject: string; text: string };

function render(
  locale: Locale,
  key: Exclude<keyof Messages["mail"], "signature">,
  values: Record<string, string>,
): Rendered {
  const t = translatorFor(locale);
  return {
    subject: t(`mail.${key}.subject`, values),
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

export const invitationMail = (
  locale: Locale,
  values: { initiative: string; inviter: string; url: string },
) => render(locale, "invitation", values);
