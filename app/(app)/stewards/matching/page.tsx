import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { StateBadge } from "@/components/matching/run-state-badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { listRuns } from "@/db/queries/matching-runs";
import { countMatchingPool } from "@/db/queries/offers";
import { MATCHING_PENALTY_MAX } from "@/db/schema/enums";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { runMatchingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("networkMatching.title") };
}

/** Where a steward runs network-wide matching and finds earlier runs. */
export default async function MatchingPage() {
  await requireSteward("/stewards/matching");
  const [{ locale, t }, pool, runs] = await Promise.all([
    pageI18n(),
    countMatchingPool(),
    listRuns(),
  ]);
  const date = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const ready = pool.openRequests > 0 && pool.offersWithPlaces > 0;
  return (
    <div className="space-y-6">
      <PageHeader title={t("networkMatching.title")} lead={t("networkMatching.lead")} />
      <Card title={t("networkMatching.runTitle")} id="run">
        <p className="mb-4 text-slate-800">
          {t("networkMatching.pool", {
            requests: pool.openRequests,
            offers: pool.offersWithPlaces,
            places: pool.freePlaces,
          })}
        </p>
        {ready ? null : (
          <p className="mb-4 rounded-md border border-dashed border-slate-300 p-4 text-slate-800">
            {pool.openRequests === 0
              ? t("networkMatching.errors.no_requests")
              : t("networkMatching.errors.no_offers")}
          </p>
        )}
        <ActionForm
          action={runMatchingAction}
          name={t("networkMatching.runTitle")}
          submitLabel={t("networkMatching.run")}
          pendingLabel={t("networkMatching.running")}
          fields={[
            {
              name: "penalty",
              type: "number",
              label: t("networkMatching.penalty"),
              hint: t("networkMatching.penaltyHint", { max: MATCHING_PENALTY_MAX }),
              min: 0,
              max: MATCHING_PENALTY_MAX,
              defaultValue: "300",
              required: true,
            },
          ]}
        />
      </Card>
      <section aria-labelledby="runs">
        <h2 id="runs" className="mb-3 text-xl font-semibold">
          {t("networkMatching.runsTitle")}
        </h2>
        {runs.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
            {t("networkMatching.noRuns")}
          </p>
        ) : (
          <DataTable
            caption={t("networkMatching.runsTitle")}
            headers={[
              t("networkMatching.when"),
              t("networkMatching.by"),
              t("networkMatching.penaltyShort"),
              t("networkMatching.draftsShort"),
              t("networkMatching.state"),
            ]}
          >
            {runs.map((run) => (
              <tr key={run.id} className="border-t border-slate-200">
                <td className="px-3 py-2">
                  <Link href={`/stewards/matching/${run.id}`} className="text-brand-800 underline">
                    {date.format(run.createdAt)}
                  </Link>
                </td>
                <td className="px-3 py-2">{run.createdByName ?? "—"}</td>
                <td className="px-3 py-2">{run.penalty}</td>
                <td className="px-3 py-2">
                  {t("networkMatching.draftsCount", {
                    drafts: run.drafts,
                    published: run.published,
                  })}
                </td>
                <td className="px-3 py-2">
                  <StateBadge
                    state={run.state}
                    label={t(`networkMatching.runState.${run.state}`)}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
