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

/** One page of a ranked list; a page past the end shows the last one. */
export function pageOf<T>(ranked: T[], page: number): SuggestionPage<T> {
  const pages = Math.max(1, Math.ceil(ranked.length / SUGGESTIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const offset = (current - 1) * SUGGESTIONS_PAGE_SIZE;
  return {
    rows: ranked.slice(offset, offset + SUGGESTIONS_PAGE_SIZE),
    total: ranked.length,
    page: current,
    pages,
    offset,
  };
}
