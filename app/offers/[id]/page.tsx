import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProposeForm } from "@/app/mentorships/[id]/propose-form";
import { PageHeader } from "@/components/layout/page-header";
import { SuggestionPager } from "@/components/matching/suggestion-pager";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getRole } from "@/db/queries/memberships";
import { getOffer } from "@/db/queries/offers";
import { getCurrentUser } from "@/lib/auth/session";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { explainReasons } from "@/lib/matching/explain";
import { suggestRequestsFor } from "@/lib/matching/suggestions";
import { pageParam } from "@/lib/validation/paging";

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("mentorship.fitsTitle") };
}

/** An offer (public while active) and, for its initiative's people and stewards, fitting requests. */
export default async function OfferPage({ params, searchParams }: Params) {
  const [{ id }, { page }] = await Promise.all([params, searchParams]);
  const offer = /^[0-9a-f-]{36}$/.test(id) ? await getOffer(id) : undefined;
  if (!offer) notFound();
  const user = await getCurrentUser();
  const role = user ? await getRole(offer.initiativeId, user.id) : null;
  const mine = Boolean(role) || Boolean(user?.isSteward);
  if (offer.status !== "active" && !mine) notFound();
  const { locale, t } = await pageI18n();
  const fits =
    mine && offer.status === "active"
      ? await suggestRequestsFor(offer.id, pageParam.parse(page))
      : undefined;
  const topics = offer.topics
    .map((x) => t(`enums.topic.${x}` as Parameters<Translator>[0]))
    .join(", ");
  return (
    <div className="space-y-6">
      <PageHeader title={t("mentorship.offerTitle", { name: offer.initiativeName })}>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={offer.status === "active" ? "success" : "neutral"}>
            {t(`mentorship.offerStatus.${offer.status}`)}
          </Badge>
          <span>{topics}</span>
          <span>· {t("mentorship.places", { capacity: offer.capacity })}</span>
          <Link href={`/initiatives/${offer.initiativeSlug}`} className="text-brand-700 underline">
            {offer.initiativeName}
          </Link>
        </div>
      </PageHeader>
      {offer.note ? (
        <Card>
          <p className="whitespace-pre-wrap">{offer.note}</p>
        </Card>
      ) : null}
      {fits ? (
        <section aria-labelledby="fits">
          <h2 id="fits" className="text-xl font-semibold">
            {t("mentorship.fitsTitle")}
          </h2>
          <p className="mb-4 text-slate-700">
            {t("mentorship.fitsLead")}{" "}
            {fits.total > 0 ? t("mentorship.fitsCount", { count: fits.total }) : null}
          </p>
          {fits.total === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
              {t("mentorship.noFits")}
            </p>
          ) : (
            <ol className="space-y-3">
              {fits.rows.map((s) => (
                <li key={s.requestId} className="rounded-lg border border-slate-200 bg-white p-4">
                  <p className="font-semibold">
                    <Link href={`/requests/${s.requestId}`} className="text-brand-800 underline">
                      {s.request?.initiativeName}
                    </Link>{" "}
                    <span className="text-sm font-normal text-slate-600">
                      · {t("mentorship.score", { score: s.score })}
                    </span>
                  </p>
                  <p className="mt-1 text-sm text-slate-700">
                    {s.request?.description.slice(0, 200)}
                  </p>
                  <p className="mt-1 text-slate-800" data-reasons>
                    {explainReasons(s.reasons, t, locale)}
                  </p>
                  {role === "lead" ? (
                    <ProposeForm
                      t={t}
                      offerId={offer.id}
                      requestId={s.requestId}
                      to={s.request?.initiativeName ?? ""}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          <SuggestionPager
            t={t}
            suggestions={fits}
            href={(p) => `/offers/${offer.id}?page=${p}#fits`}
          />
        </section>
      ) : null}
    </div>
  );
}
