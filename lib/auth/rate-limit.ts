import type { Executor } from "@/db";
import { getDb } from "@/db";
import { clearRateLimit, forgiveRateLimitHit, hitRateLimit } from "@/db/queries/rate-limits";

const MINUTE = 60_000;

/** Limits per kind of attempt: `max` attempts in `windowMs`. */
export const LIMITS = {
  signInAccount: { max: 5, windowMs: 15 * MINUTE },
  // Caps guessing on one account even when a client forges X-Forwarded-For per request.
  signInAccountAnyIp: { max: 20, windowMs: 15 * MINUTE },
  signInIp: { max: 30, windowMs: 15 * MINUTE },
  mailAccount: { max: 5, windowMs: 60 * MINUTE },
  mailIp: { max: 20, windowMs: 60 * MINUTE },
} as const;

export type RateDecision = { allowed: true } | { allowed: false; retryAt: Date };

type Bucket = { key: string; limit: (typeof LIMITS)[keyof typeof LIMITS] };

async function take(buckets: Bucket[], db: Executor): Promise<RateDecision> {
  let retryAt: Date | undefined;
  for (const { key, limit } of buckets) {
    const hit = await hitRateLimit(key, limit.windowMs, db);
    if (hit.count > limit.max && (!retryAt || hit.windowEndsAt > retryAt))
      retryAt = hit.windowEndsAt;
  }
  return retryAt ? { allowed: false, retryAt } : { allowed: true };
}

function signInBuckets(email: string, ip: string): Bucket[] {
  return [
    { key: `signin:acct:${email.toLowerCase()}|${ip}`, limit: LIMITS.signInAccount },
    { key: `signin:ip:${ip}`, limit: LIMITS.signInIp },
    { key: `signin:acct:${email.toLowerCase()}`, limit: LIMITS.signInAccountAnyIp },
  ];
}

/** Counts a sign-in attempt before the password is checked; refuses once over a limit. */
export function takeSignInAttempt(email: string, ip: string, db: Executor = getDb()) {
  return take(signInBuckets(email, ip), db);
}

/** After a successful sign-in, only failures keep counting. */
export async function forgiveSignInAttempt(email: string, ip: string, db: Executor = getDb()) {
  const [accountAtIp, perIp, account] = signInBuckets(email, ip);
  if (accountAtIp) await clearRateLimit(accountAtIp.key, db);
  if (perIp) await forgiveRateLimitHit(perIp.key, db);
  if (account) await forgiveRateLimitHit(account.key, db);
}

/** Limits e-mails we send on a visitor's request (magic links, resets, confirmations). */
export function takeMailAttempt(email: string, ip: string, db: Executor = getDb()) {
  return take(
    [
      { key: `mail:acct:${email.toLowerCase()}`, limit: LIMITS.mailAccount },
      { key: `mail:ip:${ip}`, limit: LIMITS.mailIp },
    ],
    db,
  );
}
