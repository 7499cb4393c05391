import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/ui/pager";
import { PastLastPage } from "@/components/ui/past-last-page";
import { listAwaitingVerification, VERIFICATION_PAGE_SIZE } from "@/db/queries/initiatives";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { countryName } from "@/lib/initiatives/countries";
import { listHref, pageCount, pageParam } from "@/lib/validation/paging";
import { StewardPanel } from "./steward-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("verification.title") };
}

export default async function VerificationQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  await requireSteward("/stewards/verification");
  const page = pageParam.parse((await searchParams).page);
  const [{ locale, t }, { rows: queue, total }] = await Promise.all([
    pageI18n(),
    listAwaitingVerification(page),
  ]);
  const date = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const pageLink = (p: number) => listHref("/stewards/verification", {}, { page: p });
  return (
    <div>
      <PageHeader title={t("verification.title")} lead={t("verification.lead")} />
      {total === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
          {t("verification.empty")}
        </p>
      ) : (
        <p className="mb-6 text-slate-700">{t("verification.waiting", { count: total })}</p>
      )}
      {total > 0 && queue.length === 0 ? (
        // Verifying the last ones of a page moves the rest up: say so, and where to go.
        <PastLastPage t={t} text={t("verification.emptyPage")} href={pageLink(1)} />
      ) : null}
      {queue.length > 0 ? (
        <ul className="space-y-6">
          {queue.map((item) => (
            <li key={item.id} className="space-y-3">
              <h2 className="text-lg font-semibold">
                <Link href={`/initiatives/${item.slug}`} className="text-brand-800 underline">
                  {item.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                {item.countries.map((c) => countryName(c, locale)).join(", ")} ·{" "}
                {t("verification.registeredOn", { date: date.format(item.createdAt) })}
              </p>
              <StewardPanel t={t} initiative={{ ...item, verifiedAt: null, recognizedOn: null }} />
            </li>
          ))}
        </ul>
      ) : null}
      <Pager
        t={t}
        label={t("verification.pages")}
        page={page}
        href={pageLink}
        place={{ pages: pageCount(total, VERIFICATION_PAGE_SIZE) }}
      />
    </div>
  );
}
