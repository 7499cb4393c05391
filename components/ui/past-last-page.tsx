import Link from "next/link";
import type { Translator } from "@/lib/i18n/messages";

/**
 * What a page past the last of a list says (its rows were acted on and moved up, or the
 * link is old), with the way back to the first page.
 */
export function PastLastPage({ t, text, href }: { t: Translator; text: string; href: string }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white p-6">
      <p>
        {text}{" "}
        <Link href={href} className="text-brand-700 underline">
          {t("pager.firstPage")}
        </Link>
      </p>
    </div>
  );
}
