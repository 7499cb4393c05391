import Link from "next/link";
import { PageHeader } from "./page-header";

/** A page that only says something and offers the way home (not found, forbidden). */
export function MessagePage({ title, lead, home }: { title: string; lead: string; home: string }) {
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={title} lead={lead} />
      <Link href="/" className="text-brand-700 underline">
        {home}
      </Link>
    </div>
  );
}
