import type { PgSelect } from "drizzle-orm/pg-core";

/** Part of a list: `limit` rows after the first `offset`; every row left when `limit` is unset. */
export type ListWindow = { limit?: number; offset?: number };

/** A query cut to a window; the one way a list query says "no limit" (exports, a whole run). */
export function inWindow<T extends PgSelect>(query: T, { limit, offset = 0 }: ListWindow) {
  const after = query.offset(offset);
  return limit === undefined ? after : after.limit(limit);
}
