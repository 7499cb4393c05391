import type { Executor } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { consumeEmailToken, createEmailToken } from "@/db/queries/email-tokens";
import { findUserIdByEmail, setPassword } from "@/db/queries/users";
import { appUrl } from "@/lib/http/request-info";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { resetPasswordMail } from "@/lib/mail/templates";
import { hashPassword } from "./password";
import { type RateDecision, takeMailAttempt } from "./rate-limit";
import { hashToken, newToken } from "./tokens";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** Mails a reset link when the account exists; the caller answers the same either way. */
export async function requestPasswordReset(
  email: string,
  locale: Locale,
  ip: string,
  db: Executor = getDb(),
): Promise<RateDecision> {
  const decision = await takeMailAttempt(email, ip, db);
  if (!decision.allowed) return decision;
  const user = await findUserIdByEmail(email, db);
  if (!user || user.disabledAt) return decision;
  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    await createEmailToken(
      {
        tokenHash: hash,
        purpose: "password_reset",
        email,
        userId: user.id,
        expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
      },
      tx,
    );
    await sendMail(
      { to: email, ...resetPasswordMail(locale, appUrl(`/reset-password?token=${token}`)) },
      tx,
    );
  });
  return decision;
}

/** Sets the new password if the link is live and unused; ends every existing session. */
export async function resetPassword(token: string, password: string, db: Executor = getDb()) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const row = await consumeEmailToken(hashToken(token), "password_reset", tx);
    if (!row?.userId) return false;
    await setPassword(row.userId, passwordHash, tx);
    await recordAudit(
      {
        actorId: row.userId,
        action: "user.password_reset",
        entityType: "user",
        entityId: row.userId,
      },
      tx,
    );
    return true;
  });
}
