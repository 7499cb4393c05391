import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { type Executor, getDb } from "../index";

/**
 * Runs `first` in a transaction that stays open until `second`, in a transaction of its own,
 * is waiting for a lock that `first` holds; then `thenFirst` (more of the first transaction,
 * taking further locks while the second waits) and lets both finish. PostgreSQL only:
 * PGlite serves one connection at a time.
 */
export async function overlapWrites(
  first: (tx: Executor) => Promise<unknown>,
  second: (tx: Executor) => Promise<unknown>,
  thenFirst?: (tx: Executor) => Promise<unknown>,
) {
  let commitFirst = () => {};
  const firstMayCommit = new Promise<void>((resolve) => {
    commitFirst = resolve;
  });
  let firstWritten = () => {};
  const writtenFirst = new Promise<void>((resolve) => {
    firstWritten = resolve;
  });
  const firstDone = getDb().transaction(async (tx) => {
    await first(tx);
    firstWritten();
    await firstMayCommit;
    await thenFirst?.(tx);
  });
  await writtenFirst;
  const secondDone = getDb().transaction((tx) => second(tx));
  try {
    await expect
      .poll(async () => {
        const [row] = await getDb()
          .select({ n: sql<number>`count(*)::int` })
          .from(sql`pg_stat_activity`)
          .where(sql`datname = current_database() and wait_event_type = 'Lock'`);
        return row?.n;
      })
      .toBe(1);
  } finally {
    commitFirst();
  }
  await firstDone;
  await secondDone;
}
