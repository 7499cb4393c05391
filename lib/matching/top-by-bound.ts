import { byRank, rankBy } from "./score";

/**
 * Items read best bound first and, among equal bounds, by id (as rankings break ties), each
 * with the most it could score, and how many there are in all.
 */
export type Bounded<T> = { rows: { item: T; bound: number }[]; total: number };

/**
 * The `want` best of a ranking whose items are read from the database best bound first,
 * an item's exact score being at most its bound: read `limit` of them, score those, and
 * stop once the `want`-th best exact score is above every bound left unread (the
 * threshold algorithm); else read four times as many. Ties rank by id: an unread item
 * whose bound equals that score comes after the last one read, so it could come first only
 * when the `want`-th has a later id than that. Returns the `want` best (all, when fewer
 * fit) and how many fit in all.
 */
export async function topByBound<T extends { id: string }>(
  want: number,
  read: (limit: number) => Promise<Bounded<T>>,
  score: (item: T) => number | null,
  firstLimit = want * 2 + 20,
): Promise<{ ranked: { item: T; score: number }[]; total: number }> {
  for (let limit = Math.max(1, firstLimit); ; limit *= 4) {
    const { rows, total } = await read(limit);
    const ranked = rankBy(
      rows.map((row) => row.item),
      score,
    );
    const need = Math.min(want, total);
    if (rows.length >= total) return { ranked: ranked.slice(0, need), total };
    const lastRead = rows.at(-1);
    const last = ranked[need - 1];
    if (last && lastRead && outranksUnread(last, lastRead))
      return { ranked: ranked.slice(0, need), total };
  }
}

/**
 * Whether `scored` ranks above every item read after `lastRead`: those score at most its
 * bound and, at an equal bound, have later ids, so none can rank above an item that would
 * rank no lower than `lastRead` scoring its full bound.
 */
function outranksUnread(
  scored: { item: { id: string }; score: number },
  lastRead: { item: { id: string }; bound: number },
): boolean {
  return byRank(scored.score, scored.item.id, lastRead.bound, lastRead.item.id) <= 0;
}
