import type { Executor } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { consumeEmailToken, createEmailToken } from "@/db/queries/email-tokens";
import { createPasswordUser, findUserIdByEmail } from "@/db/queries/users";
import { appUrl } from "@/lib/http/request-info";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { accountExistsMail, confirmSignupMail } from "@/lib/mail/templates";
import { hashPassword } from "./password";
import type { RateDecision } from "./rate-limit";
import { takeMailAttempt } from "./rate-limit";
import { hashToken, newToken } from "./tokens";

export const SIGNUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Starts a sign-up. The account is created only when the e-mail is confirmed, and an
 * address that already has an account gets a notice instead: the visitor sees the same
 * answer either way, so sign-up reveals nothing about who is registered.
 */
export async function startSignUp(
  input: { name: string; email: string; password: string },
  locale: Locale,
  ip: string,
  db: Executor = getDb(),
): Promise<RateDecision> {
  const decision = await takeMailAttempt(input.email, ip, db);
  if (!decision.allowed) return decision;
  // Hash before looking the address up, so both paths cost the same.
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserIdByEmail(input.email, db);
  if (existing) {
    const mail = accountExistsMail(locale, appUrl("/sign-in"), appUrl("/forgot-password"));
    await sendMail({ to: input.email, ...mail }, db);
    return decision;
  }
  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    await createEmailToken(
      {
        tokenHash: hash,
        purpose: "signup",
        email: input.email,
        payload: { name: input.name, passwordHash, locale },
        expiresAt: new Date(Date.now() + SIGNUP_TOKEN_TTL_MS),
      },
      tx,
    );
    await sendMail(
      { to: input.email, ...confirmSignupMail(locale, appUrl(`/confirm-email?token=${token}`)) },
      tx,
    );
  });
  return decision;
}

/** Confirms a sign-up link once; returns the new account's e-mail, or null if spent. */
export async function confirmSignUp(token: string, db: Executor = getDb()) {
  return db.transaction(async (tx) => {
    const row = await consumeEmailToken(hashToken(token), "signup", tx);
    const payload = row?.payload;
    if (!row || !payload?.passwordHash) return null;
    const created = await createPasswordUser(
      {
        name: payload.name ?? "",
        email: row.email,
        passwordHash: payload.passwordHash,
        locale: isLocale(payload.locale) ? payload.locale : "es",
      },
      tx,
    );
    // Someone else confirmed the same address first: the link is spent, nothing created.
    if (!created) return null;
    await recordAudit(
      { actorId: created.id, action: "user.signed_up", entityType: "user", entityId: created.id },
      tx,
    );
    return { email: row.email };
  });
}
