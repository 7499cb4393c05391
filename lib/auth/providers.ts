import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { clientIp } from "@/lib/http/request-info";
import { currentLocale } from "@/lib/i18n/current-locale";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { magicLinkMail } from "@/lib/mail/templates";
import { signInInput } from "@/lib/validation/auth";
import { authorizeCredentials, SignInRateLimitedError } from "./credentials";
import { MailRateLimitedError, RateLimitedSignIn } from "./errors";
import { oauthProviders } from "./oauth";
import { takeMailAttempt } from "./rate-limit";

export const MAGIC_LINK_MAX_AGE_S = 15 * 60;

export function buildProviders(): Provider[] {
  const providers: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          return await authorizeCredentials(parsed.data, clientIp(request.headers));
        } catch (error) {
          if (error instanceof SignInRateLimitedError) throw new RateLimitedSignIn(error.retryAt);
          throw error;
        }
      },
    }),
    Nodemailer({
      // Without SMTP the server is never used: sendVerificationRequest writes to the outbox.
      server: process.env.EMAIL_SERVER || { jsonTransport: true },
      from: process.env.EMAIL_FROM ?? "Padrinazgo <no-reply@padrinazgo.local>",
      maxAge: MAGIC_LINK_MAX_AGE_S,
      async sendVerificationRequest({ identifier, url, request }) {
        // Checked here, not only in our form's action, because Auth.js's own endpoint sends too.
        const decision = await takeMailAttempt(identifier, clientIp(request.headers));
        if (!decision.allowed) throw new MailRateLimitedError(decision.retryAt);
        const locale = await currentLocale().catch(() => DEFAULT_LOCALE);
        await sendMail({ to: identifier, ...magicLinkMail(locale, url) });
      },
    }),
  ];
  for (const { id } of oauthProviders()) providers.push(id === "github" ? GitHub : Google);
  return providers;
}
