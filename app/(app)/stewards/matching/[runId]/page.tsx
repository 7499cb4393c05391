import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { StateBadge } from "@/components/matching/run-state-badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { PastLastPage } from "@/components/ui/past-last-page";
import { Stat } from "@/components/ui/stat";
import {
  countDraftsByState,
  DRAFTS_PAGE_SIZE,
  getRun,
  listDrafts,
} from "@/db/queries/matching-runs";
import { listRequestNames } from "@/db/queries/offers";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat, numberFormat } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { explainReasons } from "@/lib/matching/explain";
import type { Reason } from "@/lib/matching/score";
import { listHref, pageCount, pageParam, pageWindow } from "@/lib/validation/paging";
import {
  discardRunAction,
  publishRunAction,
  removeDraftAction,
  restoreDraftAction,
} from "../actions";

/** Requests left over, per page (by name). */
const UNMATCHED_PAGE_SIZE = 50;

type Params = {
  params: Promise<{ runId: string }>;
  searchParams: Promise<{ page?: string; unmatched?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("networkMatching.reviewTitle") };
}

/** A run's drafts for review: remove, restore or change a mentor, then publish. */
export default async function RunPage({ params, searchParams }: Params) {
  const { runId } = await params;
  await requireSteward(`/stewards/matching/${runId}`);
  const run = /^[0-9a-f-]{36}$/.test(runId) ? await getRun(runId) : undefined;
  if (!run) notFound();
  const query = await searchParams;
  // Drafts and unmatched requests page apart: each pager keeps the other's place.
  const draftPage = pageParam.parse(query.page);
  const unmatchedPage = pageParam.parse(query.unmatched);
  const [{ locale, t }, drafts, counts, unmatched] = await Promise.all([
    pageI18n(),
    listDrafts(run.id, pageWindow(draftPage, DRAFTS_PAGE_SIZE)),
    countDraftsByState(run.id),
    listRequestNames(run.unmatchedRequestIds, pageWindow(unmatchedPage, UNMATCHED_PAGE_SIZE)),
  ]);
  const number = numberFormat(locale);
  const date = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const open = run.state === "draft";
  const pending = counts.draft;
  const draftTotal = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const unmatchedTotal = run.unmatchedRequestIds.length;
  const listPager = (
    label: string,
    page: number,
    pages: number,
    href: (page: number) => string,
  ) => <Pager t={t} label={label} page={page} href={href} place={{ pages }} />;
  const pastLast = (href: string) => (
    <PastLastPage t={t} text={t("networkMatching.emptyPage")} href={href} />
  );
  const link = (draftsAt: number, unmatchedAt: number) =>
    listHref(`/stewards/matching/${run.id}`, {}, { page: draftsAt, unmatched: unmatchedAt });
  const topic = (x: string) => t(`enums.topic.${x}` as Parameters<Translator>[0]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("networkMatching.reviewTitle")}
        lead={t("networkMatching.reviewLead", {
          when: date.format(run.createdAt),
          who: run.createdByName ?? "—",
        })}
      >
        <p className="mt-3">
          <StateBadge state={run.state} label={t(`networkMatching.runState.${run.state}`)} />{" "}
          <Link href="/stewards/matching" className="ml-2 text-brand-800 underline">
            {t("networkMatching.backToRuns")}
          </Link>
        </p>
      </PageHeader>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat
          label={t("networkMatching.figures.requests")}
          value={number.format(run.requestCount)}
        />
        <Stat label={t("networkMatching.figures.offers")} value={number.format(run.offerCount)} />
        <Stat label={t("networkMatching.figures.drafts")} value={number.format(draftTotal)} />
        <Stat
          label={t("networkMatching.figures.unmatched")}
          value={number.format(unmatchedTotal)}
        />
        <Stat label={t("networkMatching.figures.total")} value={number.format(run.totalScore)} />
        <Stat label={t("networkMatching.figures.penalty")} value={number.format(run.penalty)} />
        <Stat label={t("networkMatching.figures.edges")} value={number.format(run.edgeCount)} />
        <Stat
          label={t("networkMatching.figures.time")}
          value={t("networkMatching.ms", { ms: run.solveMs })}
        />
      </dl>

      <section aria-labelledby="drafts">
        <h2 id="drafts" className="mb-1 text-xl font-semibold">
          {t("networkMatching.draftsTitle")}
        </h2>
        <p className="mb-3 text-slate-700">{t("networkMatching.draftsLead")}</p>
        {draftTotal === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
            {t("networkMatching.noDrafts")}
          </p>
        ) : drafts.length === 0 ? (
          pastLast(link(1, unmatchedPage))
        ) : (
          <ol className="space-y-3" start={(draftPage - 1) * DRAFTS_PAGE_SIZE + 1}>
            {drafts.map((d) => (
              <li
                key={d.id}
                className="rounded-lg border border-slate-200 bg-white p-4"
                data-draft={d.menteeName}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-semibold">
                    <Link
                      href={`/initiatives/${d.mentorSlug}`}
                      className="text-brand-800 underline"
                    >
                      {d.mentorName}
                    </Link>{" "}
                    <span aria-hidden="true">→</span>
                    <span className="sr-only">{t("networkMatching.mentors")}</span>{" "}
                    <Link
                      href={`/initiatives/${d.menteeSlug}`}
                      className="text-brand-800 underline"
                    >
                      {d.menteeName}
                    </Link>
                  </p>
                  <p className="flex items-center gap-2 text-sm">
                    <span>{t("mentorship.score", { score: d.score })}</span>
                    <StateBadge
                      state={d.state}
                      label={t(`networkMatching.draftState.${d.state}`)}
                    />
                  </p>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {d.requestTopics.map(topic).join(", ")}
                </p>
                <p className="mt-1 text-slate-800">
                  {explainReasons(d.reasons as Reason[], t, locale)}
                </p>
                {d.state === "refused" && d.refusal ? (
                  <p className="mt-2 font-medium text-amber-900">
                    {t(`networkMatching.refusal.${d.refusal}` as Parameters<Translator>[0])}
                  </p>
                ) : null}
                {d.mentorshipId ? (
                  <p className="mt-2">
                    <Link
                      href={`/mentorships/${d.mentorshipId}`}
                      className="text-brand-800 underline"
                    >
                      {t("networkMatching.openProposal")}
                    </Link>
                  </p>
                ) : null}
                {open ? (
                  <div className="mt-3 flex flex-wrap items-end gap-3">
                    {d.state === "draft" ? (
                      <>
                        <ActionForm
                          action={removeDraftAction}
                          name={t("networkMatching.removeNamed", { name: d.menteeName })}
                          submitLabel={t("networkMatching.remove")}
                          pendingLabel={t("networkMatching.working")}
                          variant="secondary"
                          fields={[
                            { name: "draftId", type: "hidden", defaultValue: d.id, label: "" },
                          ]}
                        />
                        <Link
                          href={`/stewards/matching/${run.id}/drafts/${d.id}${draftPage > 1 ? `?from=${draftPage}` : ""}`}
                          className={buttonClass("secondary")}
                        >
                          {t("networkMatching.change")}
                        </Link>
                      </>
                    ) : (
                      <ActionForm
                        action={restoreDraftAction}
                        name={t("networkMatching.restoreNamed", { name: d.menteeName })}
                        submitLabel={t("networkMatching.restore")}
                        pendingLabel={t("networkMatching.working")}
                        variant="secondary"
                        fields={[
                          { name: "draftId", type: "hidden", defaultValue: d.id, label: "" },
                        ]}
                      />
                    )}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {draftTotal > 0
          ? listPager(
              t("networkMatching.draftPages"),
              draftPage,
              pageCount(draftTotal, DRAFTS_PAGE_SIZE),
              (p) => link(p, unmatchedPage),
            )
          : null}
      </section>

      <section aria-labelledby="unmatched">
        <h2 id="unmatched" className="mb-1 text-xl font-semibold">
          {t("networkMatching.unmatchedTitle")}
        </h2>
        {unmatchedTotal === 0 ? (
          <p className="text-slate-700">{t("networkMatching.allMatched")}</p>
        ) : (
          <>
            <p className="mb-2 text-slate-700">{t("networkMatching.unmatchedLead")}</p>
            {unmatched.length === 0 ? (
              pastLast(link(draftPage, 1))
            ) : (
              <ul className="list-disc space-y-1 pl-6">
                {unmatched.map((r) => (
                  <li key={r.id}>
                    <Link href={`/requests/${r.id}`} className="text-brand-800 underline">
                      {r.initiativeName}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {listPager(
              t("networkMatching.unmatchedPages"),
              unmatchedPage,
              pageCount(unmatchedTotal, UNMATCHED_PAGE_SIZE),
              (p) => link(draftPage, p),
            )}
          </>
        )}
      </section>

      {open ? (
        <div className="grid gap-6 md:grid-cols-2">
          <Card title={t("networkMatching.publishTitle")} id="publish">
            <p className="mb-3 text-slate-800">
              {t("networkMatching.publishLead", { count: pending })}
            </p>
            <ActionForm
              action={publishRunAction}
              name={t("networkMatching.publishTitle")}
              submitLabel={t("networkMatching.publish")}
              pendingLabel={t("networkMatching.publishing")}
              fields={[
                { name: "runId", type: "hidden", defaultValue: run.id, label: "" },
                {
                  name: "message",
                  type: "textarea",
                  label: t("networkMatching.message"),
                  hint: t("networkMatching.messageHint"),
                  maxLength: 1000,
                  rows: 3,
                },
              ]}
            />
          </Card>
          <Card title={t("networkMatching.discardTitle")} id="discard">
            <p className="mb-3 text-slate-800">{t("networkMatching.discardLead")}</p>
            <ActionForm
              action={discardRunAction}
              name={t("networkMatching.discardTitle")}
              submitLabel={t("networkMatching.discard")}
              pendingLabel={t("networkMatching.working")}
              variant="secondary"
              fields={[{ name: "runId", type: "hidden", defaultValue: run.id, label: "" }]}
            />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
