import { and, eq, gt, isNull } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { emailTokens } from "../schema";

type Purpose = (typeof emailTokens.$inferInsert)["purpose"];

export async function createEmailToken(
  input: {
    tokenHash: string;
    purpose: Purpose;
    email: string;
    userId?: string | null;
    payload?: Record<string, string>;
    expiresAt: Date;
  },
  db: Executor = getDb(),
) {
  await db.insert(emailTokens).values(input);
}

/**
 * Marks a live token used and returns it; a second call (or an expired token) returns
 * nothing. The conditional update makes "single use" hold under concurrent clicks.
 */
export async function consumeEmailToken(
  tokenHash: string,
  purpose: Purpose,
  db: Executor = getDb(),
) {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning({
      email: emailTokens.email,
      userId: emailTokens.userId,
      payload: emailTokens.payload,
    });
  return row;
}

/** Whether a token can still be used (to show the form or the "link expired" page). */
export async function isEmailTokenLive(
  tokenHash: string,
  purpose: Purpose,
  db: Executor = getDb(),
) {
  const [row] = await db
    .select({ email: emailTokens.email })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    );
  return Boolean(row);
}
