import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProposeForm } from "@/app/mentorships/[id]/propose-form";
import { PageHeader } from "@/components/layout/page-header";
import { SuggestionPager } from "@/components/matching/suggestion-pager";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getRole } from "@/db/queries/memberships";
import { getRequest } from "@/db/queries/offers";
import { requireUser } from "@/lib/auth/session";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { explainReasons } from "@/lib/matching/explain";
import { suggestOffersFor } from "@/lib/matching/suggestions";
import { pageParam } from "@/lib/validation/paging";

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("mentorship.suggestionsTitle") };
}

/** A help request and, for its initiative's people and stewards, the ranked mentors. */
export default async function RequestPage({ params, searchParams }: Params) {
  const [{ id }, { page }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/requests/${id}`);
  const request = /^[0-9a-f-]{36}$/.test(id) ? await getRequest(id) : undefined;
  if (!request) notFound();
  const { locale, t } = await pageI18n();
  const role = await getRole(request.initiativeId, user.id);
  const mine = Boolean(role) || user.isSteward;
  const suggestions =
    mine && request.status === "open"
      ? await suggestOffersFor(request, pageParam.parse(page))
      : undefined;
  const topics = request.topics
    .map((x) => t(`enums.topic.${x}` as Parameters<Translator>[0]))
    .join(", ");
  return (
    <div className="space-y-6">
      <PageHeader title={t("mentorship.requestTitle", { name: request.initiativeName })}>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={request.status === "open" ? "warning" : "neutral"}>
            {t(`mentorship.requestStatus.${request.status}`)}
          </Badge>
          <span>{topics}</span>
          {request.horizon ? (
            <span>· {t("mentorship.horizonOn", { date: request.horizon })}</span>
          ) : null}
          <Link
            href={`/initiatives/${request.initiativeSlug}`}
            className="text-brand-700 underline"
          >
            {request.initiativeName}
          </Link>
        </div>
      </PageHeader>
      <Card>
        <p className="whitespace-pre-wrap">{request.description}</p>
      </Card>
      {suggestions ? (
        <section aria-labelledby="suggestions">
          <h2 id="suggestions" className="text-xl font-semibold">
            {t("mentorship.suggestionsTitle")}
          </h2>
          <p className="mb-4 text-slate-700">
            {t("mentorship.suggestionsLead")}{" "}
            {suggestions.total > 0
              ? t("mentorship.suggestionsCount", { count: suggestions.total })
              : null}
          </p>
          {suggestions.total === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
              {t("mentorship.noSuggestions")}
            </p>
          ) : (
            <ol className="space-y-3" start={suggestions.offset + 1}>
              {suggestions.rows.map((s, index) => (
                <li key={s.offerId} className="rounded-lg border border-slate-200 bg-white p-4">
                  <p className="font-semibold">
                    {suggestions.offset + index + 1}.{" "}
                    <Link
                      href={`/initiatives/${s.offer?.initiativeSlug}`}
                      className="text-brand-800 underline"
                    >
                      {s.offer?.initiativeName}
                    </Link>{" "}
                    <span className="text-sm font-normal text-slate-600">
                      · {t("mentorship.score", { score: s.score })}
                    </span>
                  </p>
                  <p className="mt-1 text-slate-800" data-reasons>
                    {explainReasons(s.reasons, t, locale)}
                  </p>
                  {role === "lead" ? (
                    <ProposeForm
                      t={t}
                      offerId={s.offerId}
                      requestId={request.id}
                      to={s.offer?.initiativeName ?? ""}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          <SuggestionPager
            t={t}
            suggestions={suggestions}
            href={(p) => `/requests/${request.id}?page=${p}#suggestions`}
          />
        </section>
      ) : null}
    </div>
  );
}
