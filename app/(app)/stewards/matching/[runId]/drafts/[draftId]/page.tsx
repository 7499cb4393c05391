import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { SuggestionPager } from "@/components/matching/suggestion-pager";
import { countDraftsOnOffers, getDraft } from "@/db/queries/matching-runs";
import { getRequest } from "@/db/queries/offers";
import { requireSteward } from "@/lib/auth/session";
import { pageI18n } from "@/lib/i18n/page";
import { explainReasons } from "@/lib/matching/explain";
import { suggestOffersFor } from "@/lib/matching/suggestions";
import { pageParam } from "@/lib/validation/paging";
import { changeDraftOfferAction } from "../../../actions";

type Params = {
  params: Promise<{ runId: string; draftId: string }>;
  /** `from`: the run's page of drafts the steward came from, to go back to. */
  searchParams: Promise<{ page?: string; from?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("networkMatching.changeTitle") };
}

/** The ranked mentors for one draft's request, with the places each has left in the run. */
export default async function ChangeDraftPage({ params, searchParams }: Params) {
  const [{ runId, draftId }, { page, from }] = await Promise.all([params, searchParams]);
  const fromPage = pageParam.parse(from);
  const back = `/stewards/matching/${runId}${fromPage > 1 ? `?page=${fromPage}` : ""}`;
  await requireSteward(`/stewards/matching/${runId}/drafts/${draftId}`);
  const draft = /^[0-9a-f-]{36}$/.test(draftId) ? await getDraft(draftId) : undefined;
  if (!draft || draft.runId !== runId) notFound();
  const request = await getRequest(draft.requestId);
  if (!request) notFound();
  const { locale, t } = await pageI18n();
  const suggestions = await suggestOffersFor(request, pageParam.parse(page));
  const inRun = await countDraftsOnOffers(
    runId,
    suggestions.rows.map((s) => s.offerId),
  );
  const editable = draft.state === "draft" && draft.runState === "draft";
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("networkMatching.changeTitle")}
        lead={t("networkMatching.changeLead", { name: request.initiativeName })}
      >
        <p className="mt-3">
          <Link href={back} className="text-brand-800 underline">
            {t("networkMatching.backToRun")}
          </Link>
        </p>
      </PageHeader>
      {suggestions.total === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
          {t("mentorship.noSuggestions")}
        </p>
      ) : (
        <ol className="space-y-3">
          {suggestions.rows.map((s) => {
            const current = s.offerId === draft.offerId;
            const left =
              (s.offer ? s.offer.capacity - s.offer.active : 0) - (inRun.get(s.offerId) ?? 0);
            return (
              <li key={s.offerId} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold">
                  {s.offer?.initiativeName}{" "}
                  <span className="text-sm font-normal text-slate-700">
                    · {t("mentorship.score", { score: s.score })} ·{" "}
                    {t("networkMatching.placesLeft", { count: Math.max(0, left) })}
                  </span>
                </p>
                <p className="mt-1 text-slate-800">{explainReasons(s.reasons, t, locale)}</p>
                {current ? (
                  <p className="mt-2 font-medium text-emerald-900">
                    {t("networkMatching.current")}
                  </p>
                ) : editable && left > 0 ? (
                  <div className="mt-3">
                    <ActionForm
                      action={changeDraftOfferAction}
                      name={t("networkMatching.chooseNamed", {
                        name: s.offer?.initiativeName ?? "",
                      })}
                      submitLabel={t("networkMatching.choose")}
                      pendingLabel={t("networkMatching.working")}
                      variant="secondary"
                      fields={[
                        { name: "draftId", type: "hidden", defaultValue: draft.id, label: "" },
                        { name: "offerId", type: "hidden", defaultValue: s.offerId, label: "" },
                      ]}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <SuggestionPager
        t={t}
        suggestions={suggestions}
        href={(p) =>
          `/stewards/matching/${runId}/drafts/${draftId}?page=${p}${fromPage > 1 ? `&from=${fromPage}` : ""}`
        }
      />
    </div>
  );
}
