import type { Metadata } from "next";
import type { ReactNode } from "react";
import { listMembers } from "@/db/queries/memberships";
import { listCommittee, listMeetings } from "@/db/queries/roster";
import { STAKEHOLDER_GROUPS } from "@/db/schema/enums";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { summarizeCommittee } from "@/lib/initiatives/committee";
import { countryName } from "@/lib/initiatives/countries";
import { loadChecklist } from "@/lib/toolkit/load";
import { loadReadableChecklist } from "../checklist/access";
import { StatusBadge } from "../checklist/status-badge";
import { PrintButton } from "./print-button";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("packet.title") };
}

function Row({
  label,
  value,
  missing,
  missingLabel,
}: {
  label: string;
  value: ReactNode;
  missing: boolean;
  missingLabel: string;
}) {
  return (
    <div
      className={`grid grid-cols-[12rem_1fr] gap-3 border-b border-slate-200 py-2 ${missing ? "bg-amber-50" : ""}`}
    >
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd>{missing ? <strong className="text-amber-900">⚠ {missingLabel}</strong> : value}</dd>
    </div>
  );
}

/** What the IGF Secretariat asks of an initiative, on one printable page, gaps highlighted. */
export default async function RecognitionPacketPage({ params }: Params) {
  const { slug } = await params;
  const { initiative, role, user } = await loadReadableChecklist(slug, "/recognition-packet");
  const { locale, t } = await pageI18n();
  const [checklist, members, roster, meetings] = await Promise.all([
    loadChecklist(initiative),
    listMembers(initiative.id),
    listCommittee(initiative.id),
    listMeetings(initiative.id),
  ]);
  const summary = summarizeCommittee(roster);
  const leads = members.filter((m) => m.role === "lead");
  // Coordinators' e-mails only for the initiative's own people and stewards.
  const showEmails = Boolean(role) || Boolean(user?.isSteward);
  const lastMeeting = meetings[0];
  const recognitionSteps = checklist.steps.filter((s) => s.topic === "recognition");
  const fields = [
    { label: t("packet.name"), value: initiative.name, missing: false },
    { label: t("packet.acronym"), value: initiative.acronym, missing: !initiative.acronym },
    { label: t("packet.kind"), value: t(`enums.kind.${initiative.kind}`), missing: false },
    {
      label: t("packet.countries"),
      value: initiative.countries.map((c) => countryName(c, locale)).join(", "),
      missing: initiative.countries.length === 0,
    },
    {
      label: t("packet.coordinators"),
      value: leads
        .map((l) => (showEmails ? `${l.name ?? ""} <${l.email}>` : (l.name ?? "")))
        .join(" · "),
      missing: leads.length === 0,
    },
    {
      label: t("packet.contact"),
      value: initiative.contactEmail,
      missing: !initiative.contactEmail,
    },
    { label: t("packet.website"), value: initiative.website, missing: !initiative.website },
    {
      label: t("packet.committee"),
      value: STAKEHOLDER_GROUPS.map((g) => `${t(`enums.group.${g}`)}: ${summary.byGroup[g]}`).join(
        " · ",
      ),
      missing: !summary.meetsMinimum,
    },
    {
      label: t("packet.lastMeeting"),
      value: lastMeeting
        ? `${t("meetings.editionN", { edition: lastMeeting.edition })} · ${lastMeeting.startsOn} · ${lastMeeting.venue}`
        : null,
      missing: !lastMeeting,
    },
    { label: t("packet.report"), value: lastMeeting?.reportUrl, missing: !lastMeeting?.reportUrl },
  ];
  const missingSteps = recognitionSteps.filter(
    (s) => checklist.statusOf(s.key) !== "done" && checklist.statusOf(s.key) !== "not_applicable",
  );
  const missingCount = fields.filter((f) => f.missing).length + missingSteps.length;
  return (
    <article className="mx-auto max-w-3xl space-y-6 bg-white p-6 print:p-0">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("packet.titleOf", { name: initiative.name })}</h1>
          <p className="mt-1 text-slate-700">{t("packet.lead")}</p>
          <p className="mt-1 text-sm text-slate-600">
            {t("packet.generated", {
              date: dateFormat(locale, { dateStyle: "long" }).format(new Date()),
            })}
          </p>
        </div>
        <PrintButton label={t("packet.print")} />
      </header>
      <p
        className={`rounded-md px-4 py-2 font-medium ${missingCount ? "bg-amber-100 text-amber-900" : "bg-emerald-50 text-emerald-900"}`}
      >
        {t("packet.missingCount", { count: missingCount })}
      </p>
      <section aria-labelledby="identity">
        <h2 id="identity" className="mb-2 text-lg font-semibold">
          {t("packet.identity")}
        </h2>
        <dl>
          {fields.map((field) => (
            <Row
              key={field.label}
              label={field.label}
              value={field.value}
              missing={field.missing}
              missingLabel={t("packet.missing")}
            />
          ))}
        </dl>
      </section>
      <section aria-labelledby="steps">
        <h2 id="steps" className="mb-2 text-lg font-semibold">
          {t("packet.recognitionSteps")}
        </h2>
        <ul>
          {recognitionSteps.map((step) => {
            const status = checklist.statusOf(step.key);
            const missing = status !== "done" && status !== "not_applicable";
            const item = checklist.byKey.get(step.key);
            return (
              <li
                key={step.key}
                className={`flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 py-2 ${missing ? "bg-amber-50" : ""}`}
              >
                <span>
                  {missing ? <strong className="text-amber-900">⚠ </strong> : null}
                  {step.title[locale]}
                  {item?.evidenceUrl ? (
                    <span className="block break-all text-sm text-slate-600">
                      {item.evidenceUrl}
                    </span>
                  ) : null}
                  {item?.evidenceDate ? (
                    <span className="block text-sm text-slate-600">{item.evidenceDate}</span>
                  ) : null}
                </span>
                <StatusBadge status={status} label={t(`enums.status.${status}`)} />
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
