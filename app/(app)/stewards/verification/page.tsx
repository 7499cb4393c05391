import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { listAwaitingVerification } from "@/db/queries/initiatives";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { countryName } from "@/lib/initiatives/countries";
import { StewardPanel } from "./steward-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("verification.title") };
}

export default async function VerificationQueuePage() {
  await requireSteward("/stewards/verification");
  const { locale, t } = await pageI18n();
  const queue = await listAwaitingVerification();
  const date = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div>
      <PageHeader title={t("verification.title")} lead={t("verification.lead")} />
      {queue.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
          {t("verification.empty")}
        </p>
      ) : (
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
      )}
    </div>
  );
}
