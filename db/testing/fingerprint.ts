import { sql } from "drizzle-orm";
import type { Db } from "../index";

/** postgres.js returns the rows; PGlite returns { rows }. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Row count and an order-independent checksum of every table. */
export async function fingerprint(db: Db) {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    ),
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number; sum: string }>(
      await db.execute(
        sql.raw(
          `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${name}" t`,
        ),
      ),
    );
    out[name] = `${row?.n}:${row?.sum}`;
  }
  return out;
}
