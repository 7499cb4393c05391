import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { StewardPanel } from "@/app/(app)/stewards/verification/steward-panel";
import { ActionForm } from "@/components/forms/action-form";
import { CommitteeComposition } from "@/components/initiatives/committee-composition";
import { ProgressSummary } from "@/components/toolkit/progress-summary";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getPendingRequest } from "@/db/queries/join-requests";
import { countMembers } from "@/db/queries/memberships";
import { listOffersOf } from "@/db/queries/offers";
import { listCommittee, listMeetings } from "@/db/queries/roster";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { summarizeCommittee } from "@/lib/initiatives/committee";
import { countryName } from "@/lib/initiatives/countries";
import { canReadChecklist } from "@/lib/toolkit/access";
import { loadProgress } from "@/lib/toolkit/load";
import { compositionLabels } from "../composition-labels";
import { InitiativeBadges } from "../initiative-badges";
import { MeetingList } from "../meeting-list";
import { progressProps } from "../progress-props";
import { requestJoinAction } from "./actions";
import { loadInitiative } from "./load";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { initiative } = await loadInitiative((await params).slug);
  return { title: initiative.name, description: initiative.description.slice(0, 160) || undefined };
}

export default async function InitiativePage({ params }: Params) {
  const { slug } = await params;
  const { initiative, role, user } = await loadInitiative(slug);
  const { locale, t } = await pageI18n();
  const viewer = user ? { role, isSteward: user.isSteward } : null;
  const [members, pending, roster, meetings, offersOfInitiative, checklist] = await Promise.all([
    countMembers(initiative.id),
    user && !role ? getPendingRequest(initiative.id, user.id) : undefined,
    listCommittee(initiative.id),
    listMeetings(initiative.id),
    listOffersOf(initiative.id),
    canReadChecklist(viewer, initiative.checklistPublic) ? loadProgress(initiative.id) : null,
  ]);
  const activeOffers = offersOfInitiative.filter((o) => o.status === "active");
  const summary = summarizeCommittee(roster);
  const date = (value: Date | string) =>
    dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value));
  const facts: [string, ReactNode][] = [
    [t("profile.countries"), initiative.countries.map((c) => countryName(c, locale)).join(", ")],
    [t("profile.subRegion"), t(`enums.subRegion.${initiative.subRegion}`)],
    [
      t("profile.languages"),
      initiative.languages.map((l) => t(`enums.workLanguage.${l}`)).join(", "),
    ],
  ];
  if (initiative.yearEstablished)
    facts.push([t("profile.yearEstablished"), String(initiative.yearEstablished)]);
  if (initiative.website)
    facts.push([
      t("profile.website"),
      <a
        key="w"
        href={initiative.website}
        rel="noopener noreferrer nofollow"
        className="break-all text-brand-700 underline"
      >
        {initiative.website}
      </a>,
    ]);
  if (initiative.mailingList)
    facts.push([
      t("profile.mailingList"),
      <a
        key="m"
        href={initiative.mailingList}
        rel="noopener noreferrer nofollow"
        className="break-all text-brand-700 underline"
      >
        {initiative.mailingList}
      </a>,
    ]);
  if (initiative.contactEmail)
    facts.push([
      t("profile.contact"),
      <a
        key="c"
        href={`mailto:${initiative.contactEmail}`}
        className="break-all text-brand-700 underline"
      >
        {initiative.contactEmail}
      </a>,
    ]);
  if (initiative.fundingSources.length)
    facts.push([t("profile.funding"), initiative.fundingSources.join(" · ")]);

  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">
          {initiative.name}
          {initiative.acronym ? (
            <span className="ml-2 text-2xl font-normal text-slate-600">({initiative.acronym})</span>
          ) : null}
        </h1>
        <div className="mt-3">
          <InitiativeBadges t={t} initiative={initiative} />
        </div>
        <p className="mt-3 text-sm text-slate-700">
          {initiative.verifiedAt
            ? t("profile.verifiedOn", { date: date(initiative.verifiedAt) })
            : t("profile.notVerified")}
          {initiative.recognizedOn
            ? ` · ${t("profile.recognizedOn", { date: date(initiative.recognizedOn) })}`
            : ""}
        </p>
        {initiative.isDemo ? (
          <p className="mt-2 text-sm text-amber-900">{t("initiatives.demoNote")}</p>
        ) : null}
      </header>

      {role === "lead" ? (
        <nav aria-label={t("profile.manage")} className="flex flex-wrap gap-3">
          <Link
            href={`/initiatives/${initiative.slug}/edit`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {t("profile.edit")}
          </Link>
          <Link
            href={`/initiatives/${initiative.slug}/members`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {t("profile.manageMembers")}
          </Link>
          <Link
            href={`/initiatives/${initiative.slug}/committee`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {t("profile.manageCommittee")}
          </Link>
          <Link
            href={`/initiatives/${initiative.slug}/meetings`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {t("profile.manageMeetings")}
          </Link>
          <Link
            href={`/initiatives/${initiative.slug}/mentorship`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {t("profile.manageMentorship")}
          </Link>
          <Link
            href={`/initiatives/${initiative.slug}/history`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {t("profile.history")}
          </Link>
        </nav>
      ) : user?.isSteward ? (
        <Link
          href={`/initiatives/${initiative.slug}/history`}
          className="text-sm text-brand-700 underline"
        >
          {t("profile.history")}
        </Link>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title={t("profile.about")} id="about">
          <p className="whitespace-pre-wrap text-slate-800">
            {initiative.description || t("profile.noDescription")}
          </p>
        </Card>
        <Card title={t("profile.facts")} id="facts">
          <dl className="space-y-3 text-sm">
            {facts.map(([term, value]) => (
              <div key={term}>
                <dt className="font-medium text-slate-600">{term}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>

      {activeOffers.length > 0 ? (
        <Card title={t("mentorship.offersTitle")} id="offers">
          <ul className="space-y-2">
            {activeOffers.map((offer) => (
              <li key={offer.id} className="flex flex-wrap items-center gap-2">
                <Badge tone="success">{t("mentorship.offersMentorship")}</Badge>
                <Link href={`/offers/${offer.id}`} className="text-brand-800 underline">
                  {offer.topics.map((x) => t(`enums.topic.${x}`)).join(", ")}
                </Link>
                <span className="text-sm text-slate-700">
                  · {t("mentorship.places", { capacity: offer.capacity })}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title={t("checklist.title")} id="checklist">
        {checklist ? (
          <>
            <ProgressSummary {...progressProps(t, locale, checklist, initiative.slug)} />
            <p className="mt-4 flex flex-wrap gap-4 text-sm">
              <Link
                href={`/initiatives/${initiative.slug}/checklist`}
                className="font-medium text-brand-700 underline"
              >
                {t("checklist.open")}
              </Link>
              <Link
                href={`/initiatives/${initiative.slug}/recognition-packet`}
                className="text-brand-700 underline"
              >
                {t("packet.open")}
              </Link>
            </p>
          </>
        ) : (
          <p className="text-slate-700">{t("checklist.private")}</p>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("committee.title")} id="committee">
          <CommitteeComposition summary={summary} labels={compositionLabels(t, summary)} />
          {roster.length > 0 ? (
            <ul className="mt-4 divide-y divide-slate-200 text-sm">
              {roster.map((entry) => (
                <li key={entry.id} className="flex justify-between gap-3 py-1.5">
                  <span>
                    {entry.name}
                    {entry.committeeRole ? (
                      <span className="text-slate-600"> · {entry.committeeRole}</span>
                    ) : null}
                  </span>
                  <span className="text-slate-700">
                    {t(`enums.group.${entry.stakeholderGroup}`)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title={t("meetings.title")} id="meetings">
          <MeetingList meetings={meetings} locale={locale} t={t} />
        </Card>
      </div>

      {user?.isSteward ? <StewardPanel t={t} initiative={initiative} /> : null}

      <Card title={t("profile.members")} id="members">
        <p className="text-slate-800">{t("profile.membersCount", { count: members })}</p>
        {role ? (
          <p className="mt-2 text-sm text-slate-700">
            {t("profile.yourRole", { role: t(`enums.role.${role}`) })} ·{" "}
            <Link
              href={`/initiatives/${initiative.slug}/members`}
              className="text-brand-700 underline"
            >
              {t("profile.seeMembers")}
            </Link>{" "}
            ·{" "}
            <Link
              href={`/initiatives/${initiative.slug}/mentorship`}
              className="text-brand-700 underline"
            >
              {t("profile.manageMentorship")}
            </Link>
          </p>
        ) : user ? (
          <div className="mt-4">
            {pending ? (
              <p className="text-slate-800">{t("profile.joinPending")}</p>
            ) : (
              <ActionForm
                name={t("profile.askToJoin")}
                action={requestJoinAction}
                submitLabel={t("profile.askToJoin")}
                pendingLabel={t("profile.joinSending")}
                fields={[
                  { name: "initiativeId", label: "", type: "hidden", defaultValue: initiative.id },
                  {
                    name: "message",
                    label: t("profile.joinMessage"),
                    type: "textarea",
                    rows: 2,
                    maxLength: 500,
                  },
                ]}
              />
            )}
          </div>
        ) : (
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(`/initiatives/${initiative.slug}`)}`}
            className={`${buttonClass("secondary")} mt-4`}
          >
            {t("profile.signInToJoin")}
          </Link>
        )}
      </Card>
    </article>
  );
}
