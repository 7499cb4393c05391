import { eq, sql } from "drizzle-orm";
import { bigint, pgView, text } from "drizzle-orm/pg-core";
import type { Db, DbHandle } from "./index";

// PostgreSQL's autovacuum clears the rows that updates and deletes leave behind and keeps the
// planner's statistics current, in background workers. PGlite runs PostgreSQL in
// single-user mode, where those workers never start: the embedded database would only grow,
// and its plans would follow statistics from the day its tables were small. So on PGlite the
// server makes autovacuum's checks itself, with autovacuum's default thresholds.

/** Dead rows that make a vacuum due: autovacuum_vacuum_threshold and _scale_factor. */
const DEAD = { base: 50, share: 0.2 };
/** Rows inserted since the last vacuum: autovacuum_vacuum_insert_threshold and _scale_factor. */
const INSERTED = { base: 1000, share: 0.2 };
/** Rows changed since the last analyze: autovacuum_analyze_threshold and _scale_factor. */
const CHANGED = { base: 50, share: 0.1 };
/** autovacuum_naptime. */
export const UPKEEP_INTERVAL_MS = 60_000;

/** PostgreSQL's activity counters per table (the system view; never created by migrations). */
const tableStats = pgView("pg_stat_user_tables", {
  schemaname: text("schemaname").notNull(),
  relname: text("relname").notNull(),
  live: bigint("n_live_tup", { mode: "number" }).notNull(),
  dead: bigint("n_dead_tup", { mode: "number" }).notNull(),
  insertedSinceVacuum: bigint("n_ins_since_vacuum", { mode: "number" }).notNull(),
  changedSinceAnalyze: bigint("n_mod_since_analyze", { mode: "number" }).notNull(),
}).existing();

export type UpkeepDue = { table: string; vacuum: boolean; analyze: boolean };

const over = (count: number, limit: { base: number; share: number }, live: number) =>
  count > limit.base + limit.share * live;

/** The tables of the current schema that autovacuum would vacuum or analyze now. */
export async function tablesDueForUpkeep(db: Db): Promise<UpkeepDue[]> {
  const rows = await db
    .select()
    .from(tableStats)
    .where(eq(tableStats.schemaname, sql`current_schema()`))
    .orderBy(tableStats.relname);
  return rows
    .map((row) => ({
      table: row.relname,
      vacuum: over(row.dead, DEAD, row.live) || over(row.insertedSinceVacuum, INSERTED, row.live),
      analyze: over(row.changedSinceAnalyze, CHANGED, row.live),
    }))
    .filter((due) => due.vacuum || due.analyze);
}

/**
 * Vacuums (and analyzes) or only analyzes each table that is due, one at a time, and says
 * which. VACUUM cannot run inside a transaction, so each statement runs on its own.
 */
export async function runUpkeep(db: Db): Promise<UpkeepDue[]> {
  const due = await tablesDueForUpkeep(db);
  for (const { table, vacuum } of due) {
    const name = sql.identifier(table);
    await db.execute(vacuum ? sql`vacuum (analyze) ${name}` : sql`analyze ${name}`);
  }
  return due;
}

/**
 * Vacuums and analyzes every table: for the embedded database at start, since PGlite forgets
 * its activity counters when it closes (0.8 s at 10,000 initiatives; the vacuum alone skips
 * what has not changed).
 */
export async function upkeepAll(db: Db): Promise<void> {
  await db.execute(sql`vacuum (analyze)`);
}

/** One upkeep at a time: a tick while the last one still runs does nothing (null). */
export function upkeepTicker(db: Db): () => Promise<UpkeepDue[] | null> {
  let running = false;
  return async () => {
    if (running) return null;
    running = true;
    try {
      return await runUpkeep(db);
    } finally {
      running = false;
    }
  };
}

/**
 * Runs the upkeep every `intervalMs` on an embedded database (PostgreSQL servers have
 * autovacuum); the timer does not keep the process alive. Returns a stop function.
 */
export function startUpkeep(
  db: Db,
  kind: DbHandle["kind"],
  intervalMs = UPKEEP_INTERVAL_MS,
): () => void {
  if (kind !== "pglite") return () => {};
  const tick = upkeepTicker(db);
  const timer = setInterval(() => {
    tick().catch((error) => console.error("Database upkeep failed:", error));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
