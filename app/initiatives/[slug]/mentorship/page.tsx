import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import type { FieldSpec } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listMentorshipsOf } from "@/db/queries/mentorships";
import { listOffersOf, listRequestsOf } from "@/db/queries/offers";
import { HELP_TOPICS, SUB_REGIONS, WORK_LANGUAGES } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { expireDueProposals } from "@/lib/mentorship/lifecycle";
import { loadInitiative } from "../load";
import {
  closeRequestAction,
  offerStatusAction,
  publishOfferAction,
  publishRequestAction,
} from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("mentorship.title") };
}

function commonFields(t: Translator, initiativeId: string, languages: string[]): FieldSpec[] {
  return [
    { name: "initiativeId", label: "", type: "hidden", defaultValue: initiativeId },
    {
      name: "topics",
      label: t("mentorship.topics"),
      type: "checkboxes",
      required: true,
      options: HELP_TOPICS.map((topic) => ({ value: topic, label: t(`enums.topic.${topic}`) })),
    },
    {
      name: "languages",
      label: t("mentorship.languages"),
      type: "checkboxes",
      required: true,
      defaultValue: languages,
      options: WORK_LANGUAGES.map((l) => ({ value: l, label: t(`enums.workLanguage.${l}`) })),
    },
  ];
}

export default async function MentorshipPage({ params }: Params) {
  const { slug } = await params;
  await requireUser(`/initiatives/${slug}/mentorship`);
  const { initiative, role } = await loadInitiative(slug, "/mentorship");
  if (!role) redirect(`/initiatives/${initiative.slug}`);
  const { locale, t } = await pageI18n();
  await expireDueProposals();
  const [offers, requests, mentorshipList] = await Promise.all([
    listOffersOf(initiative.id),
    listRequestsOf(initiative.id),
    listMentorshipsOf(initiative.id),
  ]);
  const date = dateFormat(locale, { dateStyle: "medium" });
  const isLead = role === "lead";
  const topicList = (topics: string[]) =>
    topics.map((x) => t(`enums.topic.${x}` as Parameters<Translator>[0])).join(", ");
  const hidden = (name: string, value: string) => ({
    name,
    label: "",
    type: "hidden" as const,
    defaultValue: value,
  });

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("mentorship.titleOf", { name: initiative.name })}
        lead={t("mentorship.lead")}
      />

      <Card title={t("lifecycle.listTitle")} id="mentorships">
        {mentorshipList.length === 0 ? (
          <p className="text-slate-700">{t("lifecycle.listEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {mentorshipList.map((m) => {
              const asMentor = m.mentorInitiativeId === initiative.id;
              return (
                <li key={m.id} className="flex flex-wrap items-center gap-2 py-2">
                  <Badge
                    tone={
                      m.state === "active"
                        ? "success"
                        : m.state === "proposed"
                          ? "warning"
                          : "neutral"
                    }
                  >
                    {t(`lifecycle.states.${m.state}`)}
                  </Badge>
                  <Link
                    href={`/mentorships/${m.id}`}
                    className="font-medium text-brand-800 underline"
                  >
                    {t("lifecycle.with", { name: asMentor ? m.menteeName : m.mentorName })}
                  </Link>
                  <span className="text-sm text-slate-700">
                    · {t(asMentor ? "lifecycle.asMentor" : "lifecycle.asMentee")} ·{" "}
                    {topicList(m.topics)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <Card title={t("mentorship.offersTitle")} id="offers">
        <p className="mb-4 text-sm text-slate-700">{t("mentorship.offerLead")}</p>
        {offers.length === 0 ? <p className="text-slate-700">{t("mentorship.noOffers")}</p> : null}
        <ul className="space-y-3">
          {offers.map((offer) => {
            const when = date.format(offer.createdAt);
            return (
              <li key={offer.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={offer.status === "active" ? "success" : "neutral"}>
                    {t(`mentorship.offerStatus.${offer.status}`)}
                  </Badge>
                  <span className="font-medium">{topicList(offer.topics)}</span>
                  <span className="text-sm text-slate-700">
                    · {t("mentorship.places", { capacity: offer.capacity })} ·{" "}
                    {t("mentorship.from", { date: when })}
                  </span>
                </div>
                {offer.note ? <p className="mt-1 text-sm text-slate-700">{offer.note}</p> : null}
                <div className="mt-2 flex flex-wrap items-center gap-3">
                  <Link href={`/offers/${offer.id}`} className="text-sm text-brand-700 underline">
                    {t("mentorship.seeFits")}
                  </Link>
                  {isLead && offer.status !== "closed" ? (
                    <>
                      <ActionForm
                        name={t(
                          offer.status === "active"
                            ? "mentorship.pauseNamed"
                            : "mentorship.resumeNamed",
                          { date: when },
                        )}
                        action={offerStatusAction}
                        submitLabel={t(
                          offer.status === "active" ? "mentorship.pause" : "mentorship.resume",
                        )}
                        pendingLabel={t("mentorship.working")}
                        variant="secondary"
                        fields={[
                          hidden("offerId", offer.id),
                          hidden("status", offer.status === "active" ? "paused" : "active"),
                        ]}
                      />
                      <ActionForm
                        name={t("mentorship.closeNamed", { date: when })}
                        action={offerStatusAction}
                        submitLabel={t("mentorship.close")}
                        pendingLabel={t("mentorship.working")}
                        variant="secondary"
                        fields={[hidden("offerId", offer.id), hidden("status", "closed")]}
                      />
                    </>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
        {isLead ? (
          <div className="mt-6 border-t border-slate-200 pt-6">
            <h3 className="mb-3 font-semibold">{t("mentorship.newOffer")}</h3>
            <ActionForm
              name={t("mentorship.newOffer")}
              action={publishOfferAction}
              submitLabel={t("mentorship.publishOffer")}
              pendingLabel={t("mentorship.working")}
              fields={[
                ...commonFields(t, initiative.id, initiative.languages),
                {
                  name: "capacity",
                  label: t("mentorship.capacity"),
                  type: "number",
                  min: 1,
                  max: 50,
                  required: true,
                  defaultValue: "2",
                  hint: t("mentorship.capacityHint"),
                },
                {
                  name: "preferredSubRegions",
                  label: t("mentorship.preferredSubRegions"),
                  type: "checkboxes",
                  options: SUB_REGIONS.map((r) => ({ value: r, label: t(`enums.subRegion.${r}`) })),
                },
                {
                  name: "note",
                  label: t("mentorship.note"),
                  type: "textarea",
                  rows: 2,
                  maxLength: 1000,
                },
              ]}
            />
          </div>
        ) : null}
      </Card>

      <Card title={t("mentorship.requestsTitle")} id="requests">
        <p className="mb-4 text-sm text-slate-700">{t("mentorship.requestLead")}</p>
        {requests.length === 0 ? (
          <p className="text-slate-700">{t("mentorship.noRequests")}</p>
        ) : null}
        <ul className="space-y-3">
          {requests.map((request) => {
            const when = date.format(request.createdAt);
            return (
              <li key={request.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={request.status === "open" ? "warning" : "neutral"}>
                    {t(`mentorship.requestStatus.${request.status}`)}
                  </Badge>
                  <span className="font-medium">{topicList(request.topics)}</span>
                  <span className="text-sm text-slate-700">
                    · {t("mentorship.from", { date: when })}
                  </span>
                </div>
                <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">
                  {request.description}
                </p>
                <div className="mt-2 flex flex-wrap items-center gap-3">
                  <Link
                    href={`/requests/${request.id}`}
                    className="text-sm text-brand-700 underline"
                  >
                    {t("mentorship.see")}
                  </Link>
                  {isLead && request.status === "open" ? (
                    <ActionForm
                      name={t("mentorship.closeRequestNamed", { date: when })}
                      action={closeRequestAction}
                      submitLabel={t("mentorship.close")}
                      pendingLabel={t("mentorship.working")}
                      variant="secondary"
                      fields={[hidden("requestId", request.id)]}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
        {isLead ? (
          <div className="mt-6 border-t border-slate-200 pt-6">
            <h3 className="mb-3 font-semibold">{t("mentorship.newRequest")}</h3>
            <ActionForm
              name={t("mentorship.newRequest")}
              action={publishRequestAction}
              submitLabel={t("mentorship.publishRequest")}
              pendingLabel={t("mentorship.working")}
              fields={[
                ...commonFields(t, initiative.id, initiative.languages),
                {
                  name: "description",
                  label: t("mentorship.description"),
                  type: "textarea",
                  rows: 4,
                  required: true,
                  maxLength: 2000,
                },
                { name: "horizon", label: t("mentorship.horizon"), type: "date" },
              ]}
            />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
