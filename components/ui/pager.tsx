import Link from "next/link";

/** Previous / next links for a paged list; hidden when everything fits on one page. */
export function Pager({
  label,
  page,
  hasNext,
  href,
  previous,
  next,
  position,
}: {
  /** The navigation landmark's name ("Pages of results"). */
  label: string;
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
  previous: string;
  next: string;
  /** Where the reader is ("Page 2 of 5"), when known. */
  position?: string;
}) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-brand-700 underline">
          {previous}
        </Link>
      ) : null}
      {position ? <span className="text-sm text-slate-700">{position}</span> : null}
      {hasNext ? (
        <Link href={href(page + 1)} rel="next" className="text-brand-700 underline">
          {next}
        </Link>
      ) : null}
    </nav>
  );
}
