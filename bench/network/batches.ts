import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../db/index";
import { inBatches } from "../../db/queries/batches";

// PostgreSQL takes at most 65,535 parameters per statement; stay well under it.
const MAX_PARAMETERS = 30_000;

/** Inserts many rows in multi-row statements sized to the table's width, in one transaction. */
export async function insertInBatches<T extends PgTable>(
  db: Db,
  table: T,
  rows: T["$inferInsert"][],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  await db.transaction((tx) => inBatches(rows, (batch) => tx.insert(table).values(batch), size));
}
