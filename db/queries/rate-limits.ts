import { eq, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { rateLimits } from "../schema";

/**
 * Counts one hit against `key` in a fixed window, atomically (one upsert), so parallel
 * requests on several app instances can never all slip under the limit.
 */
export async function hitRateLimit(key: string, windowMs: number, db: Executor = getDb()) {
  const windowEnd = sql`now() + ${windowMs} * interval '1 millisecond'`;
  const expired = sql`${rateLimits.windowEndsAt} <= now()`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowEndsAt: windowEnd })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowEndsAt: sql`case when ${expired} then excluded.window_ends_at else ${rateLimits.windowEndsAt} end`,
      },
    })
    .returning({ count: rateLimits.count, windowEndsAt: rateLimits.windowEndsAt });
  if (!row) throw new Error("rate limit upsert returned nothing");
  return row;
}

/** Takes one hit back (a successful attempt should not count against the limit). */
export async function forgiveRateLimitHit(key: string, db: Executor = getDb()) {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

export async function clearRateLimit(key: string, db: Executor = getDb()) {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
