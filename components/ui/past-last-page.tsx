import Link from "next/link";

/**
 * What a page past the last of a list says (its rows were acted on and moved up, or the
 * link is old), with the way back to the first page.
 */
export function PastLastPage({
  text,
  firstPage,
  href,
}: {
  text: string;
  firstPage: string;
  href: string;
}) {
  return (
    <p>
      {text}{" "}
      <Link href={href} className="text-brand-700 underline">
        {firstPage}
      </Link>
    </p>
  );
}
