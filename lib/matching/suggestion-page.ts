import { pageCount } from "@/lib/validation/paging";

/** Suggestions shown at once; the rest are a page away, best first. */
export const SUGGESTIONS_PAGE_SIZE = 10;

export type SuggestionPage<T> = {
  rows: T[];
  /** Every candidate that fits, on all pages. */
  total: number;
  /** The page shown: the one asked for, kept within 1 and `pages`. */
  page: number;
  pages: number;
  /** Rows on the pages before this one (the first row's rank is `offset + 1`). */
  offset: number;
};

/** The page asked for as a whole number from 1 (any other number asks for the first). */
function asked(page: number): number {
  return Math.max(1, Math.trunc(page) || 1);
}

/** How many of the best rows a page needs ranked: its own and those before it. */
export function rowsThrough(page: number): number {
  return asked(page) * SUGGESTIONS_PAGE_SIZE;
}

/**
 * One page of a ranked list; a page past the end shows the last one. `ranked` may hold only
 * the best rows, through the page shown, of `total`. Pages hold `size` rows (suggestions'
 * ten unless said).
 */
export function pageOf<T>(
  ranked: T[],
  page: number,
  total = ranked.length,
  size = SUGGESTIONS_PAGE_SIZE,
): SuggestionPage<T> {
  const pages = pageCount(total, size);
  const current = Math.min(asked(page), pages);
  const offset = (current - 1) * size;
  return {
    rows: ranked.slice(offset, offset + size),
    total,
    page: current,
    pages,
    offset,
  };
}
