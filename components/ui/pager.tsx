import Link from "next/link";
import type { Translator } from "@/lib/i18n/messages";

/**
 * Where a list stands. With a count, `pages` (and `total` to say how many rows in all);
 * without one, whether a next page exists and how many rows this page `shown`.
 */
export type PagerPlace = { pages: number; total?: number } | { hasNext: boolean; shown: number };

/**
 * Previous / next links for a paged list, and where the reader is ("Page 2 of 5"). Hidden
 * when everything fits on one page, and on a page past the last: the page says so there
 * (`PastLastPage`) rather than "Page 3 of 2".
 */
export function Pager({
  t,
  label,
  page,
  href,
  place,
}: {
  t: Translator;
  /** The navigation landmark's name ("Pages of results"). */
  label: string;
  page: number;
  href: (page: number) => string;
  place: PagerPlace;
}) {
  const counted = "pages" in place;
  const pastLast = counted ? page > place.pages : page > 1 && place.shown === 0;
  const hasNext = counted ? page < place.pages : place.hasNext;
  if (pastLast || (page <= 1 && !hasNext)) return null;
  const position = !counted
    ? t("pager.pageNumber", { page })
    : place.total === undefined
      ? t("pager.pageOf", { page, pages: place.pages })
      : t("pager.pageOfTotal", { page, pages: place.pages, count: place.total });
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-brand-700 underline">
          {t("pager.previous")}
        </Link>
      ) : null}
      <span className="text-sm text-slate-700">{position}</span>
      {hasNext ? (
        <Link href={href(page + 1)} rel="next" className="text-brand-700 underline">
          {t("pager.next")}
        </Link>
      ) : null}
    </nav>
  );
}
