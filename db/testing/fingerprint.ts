import { sql } from "drizzle-orm";
import type { Db } from "../index";

/** postgres.js returns the rows; PGlite returns { rows }. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Every table of the public schema, with its columns in order. */
export async function tableColumns(db: Db): Promise<Record<string, string[]>> {
  const rows = rowsOf<{ name: string; columns: string[] }>(
    await db.execute(
      sql`select table_name as name, array_agg(column_name::text order by ordinal_position) as columns
          from information_schema.columns
          where table_schema = 'public'
            and table_name in (select tablename from pg_tables where schemaname = 'public')
          group by table_name order by table_name`,
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.columns]));
}

/**
 * Row count and an order-independent checksum of every table. Given `columns` (what
 * `tableColumns` read earlier), only those tables and columns count: the rows as they were
 * before columns were added.
 */
export async function fingerprint(db: Db, columns?: Record<string, string[]>) {
  const shape = columns ?? (await tableColumns(db));
  const out: Record<string, string> = {};
  for (const [name, names] of Object.entries(shape)) {
    const row = `row(${names.map((c) => `t."${c}"`).join(", ")})::text`;
    const [result] = rowsOf<{ n: number; sum: string }>(
      await db.execute(
        sql.raw(
          `select count(*)::int as n, md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as sum from "${name}" t`,
        ),
      ),
    );
    out[name] = `${result?.n}:${result?.sum}`;
  }
  return out;
}
