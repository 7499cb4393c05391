import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { RegionMap } from "@/components/network/region-map";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ProgressBar } from "@/components/ui/progress-bar";
import { INITIATIVE_KINDS, STAGES, SUB_REGIONS } from "@/db/schema/enums";
import { getCurrentUser } from "@/lib/auth/session";
import { dateFormat, numberFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { publicNetwork } from "@/lib/network/maps";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageI18n();
  return { title: t("networkPage.title"), description: t("networkPage.metaDescription") };
}

const CARD = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

/** The network in public figures and on a map: counts only, verified initiatives only. */
export default async function NetworkPage() {
  const [{ locale, t }, { stats, map: mapped, computedAt }, user] = await Promise.all([
    pageI18n(),
    publicNetwork(),
    getCurrentUser(),
  ]);
  const time = dateFormat(locale, { timeStyle: "short" });
  const number = numberFormat(locale);
  const figures = [
    { key: "initiatives", value: stats.initiatives },
    { key: "countries", value: stats.countries },
    { key: "active", value: stats.activeMentorships },
    { key: "completed", value: stats.completedMentorships },
    { key: "offers", value: stats.offersWithPlaces },
    { key: "requests", value: stats.openRequests },
  ] as const;
  const breakdowns = [
    {
      key: "kinds",
      title: t("networkPage.kindsTitle"),
      rows: INITIATIVE_KINDS.map((k) => [t(`enums.kind.${k}`), stats.byKind[k]] as const),
    },
    {
      key: "subRegions",
      title: t("networkPage.subRegionsTitle"),
      rows: SUB_REGIONS.map((r) => [t(`enums.subRegion.${r}`), stats.bySubRegion[r]] as const),
    },
  ];
  const register = (
    <Link href="/initiatives/new" className={buttonClass("primary")}>
      {t("networkPage.register")}
    </Link>
  );

  return (
    <div className="space-y-12">
      <PageHeader title={t("networkPage.title")} lead={t("networkPage.lead")}>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/initiatives" className={buttonClass("secondary")}>
            {t("networkPage.directory")}
          </Link>
          {register}
        </div>
      </PageHeader>

      {stats.initiatives === 0 ? (
        <Notice>
          <p>{t("networkPage.empty")}</p>
          <Link href="/initiatives/new" className="mt-2 inline-block font-medium underline">
            {t("networkPage.register")}
          </Link>
        </Notice>
      ) : null}

      <section aria-labelledby="figures-title" className="space-y-4">
        <h2 id="figures-title" className="text-2xl font-bold">
          {t("networkPage.figuresTitle")}
        </h2>
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <ul className="grid gap-4 sm:grid-cols-2 md:grid-cols-3">
            {figures.map(({ key, value }) => (
              <li key={key} className={CARD}>
                <span className="block text-4xl font-bold tabular-nums text-brand-800">
                  {number.format(value)}
                </span>
                <span className="mt-1 block text-slate-700">
                  {t(`networkPage.${key}`, { count: value })}
                </span>
                {key === "offers" ? (
                  <span className="mt-1 block text-sm text-slate-600">
                    {t("networkPage.freePlaces", { count: stats.freePlaces })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <div className="rounded-lg bg-brand-800 p-6 text-white shadow-sm">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-100">
              {t("networkPage.recognizedTitle")}
            </h3>
            <p className="mt-3">
              <span className="block text-5xl font-bold tabular-nums">
                {number.format(stats.recognizedWithMentor)}
              </span>
              <span className="mt-1 block text-lg">
                {t("networkPage.recognizedWithMentor", { count: stats.recognizedWithMentor })}
              </span>
            </p>
            <p className="mt-3 text-brand-50">
              {t("networkPage.recognizedOf", { count: stats.recognized })}
            </p>
            <p className="mt-3 text-sm text-brand-100">{t("networkPage.recognizedHow")}</p>
          </div>
        </div>
        <p className="text-sm text-slate-700">
          {t("networkPage.verifiedNote")} {t("networkPage.asOf", { time: time.format(computedAt) })}
        </p>
      </section>

      <section aria-labelledby="map-title" className="space-y-4">
        <h2 id="map-title" className="text-2xl font-bold">
          {t("networkPage.mapTitle")}
        </h2>
        <RegionMap map={mapped} locale={locale} />
      </section>

      <section aria-labelledby="stages-title" className="space-y-4">
        <h2 id="stages-title" className="text-2xl font-bold">
          {t("networkPage.stagesTitle")}
        </h2>
        <div className={CARD}>
          <ul className="space-y-3">
            {STAGES.map((stage) => {
              const label = t(`enums.stage.${stage}`);
              const count = stats.byStage[stage];
              return (
                <li
                  key={stage}
                  className="grid grid-cols-[minmax(7rem,10rem)_1fr_3rem] items-center gap-3"
                >
                  <span>{label}</span>
                  <ProgressBar
                    value={count}
                    max={Math.max(stats.initiatives, 1)}
                    label={t("networkPage.share", { label, count, total: stats.initiatives })}
                  />
                  <span className="text-right tabular-nums text-slate-700">
                    {number.format(count)}
                  </span>
                </li>
              );
            })}
          </ul>
          <div className="mt-6 grid gap-6 sm:grid-cols-2">
            {breakdowns.map((b) => (
              <div key={b.key}>
                <h3 className="mb-2 font-semibold">{b.title}</h3>
                <dl className="space-y-1 text-sm">
                  {b.rows.map(([label, value]) => (
                    <div
                      key={label}
                      className="flex justify-between gap-4 border-b border-slate-100"
                    >
                      <dt>{label}</dt>
                      <dd className="tabular-nums text-slate-700">{number.format(value)}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </div>
      </section>

      <section aria-labelledby="join-title" className={CARD}>
        <h2 id="join-title" className="text-2xl font-bold">
          {t("networkPage.joinTitle")}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-800">{t("networkPage.joinBody")}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          {register}
          {user ? null : (
            <Link href="/sign-up" className={buttonClass("secondary")}>
              {t("networkPage.signUp")}
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}
