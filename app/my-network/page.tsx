import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listMyInitiatives } from "@/db/queries/memberships";
import { listMentorshipsOfAny } from "@/db/queries/mentorships";
import { countOpenSidesOf } from "@/db/queries/offers";
import { requireUser } from "@/lib/auth/session";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { expireDueProposals } from "@/lib/mentorship/lifecycle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("network.title") };
}

/** Everything of a person's initiatives in one place, what needs their answer first. */
export default async function MyNetworkPage() {
  const user = await requireUser("/my-network");
  await expireDueProposals();
  const { locale, t } = await pageI18n();
  const mine = await listMyInitiatives(user.id);
  const ids = mine.map((i) => i.id);
  const [mentorships, openSides] = await Promise.all([
    listMentorshipsOfAny(ids),
    countOpenSidesOf(ids),
  ]);
  // A mentorship between two of the person's initiatives counts once, through the one
  // listed first (their role there says whether they may answer it).
  const position = new Map(ids.map((id, index) => [id, index]));
  const all = mentorships.map((m) => {
    const asMentor = position.get(m.mentorInitiativeId) ?? Number.POSITIVE_INFINITY;
    const asMentee = position.get(m.menteeInitiativeId) ?? Number.POSITIVE_INFINITY;
    const mySide = asMentor < asMentee ? "mentor" : "mentee";
    return {
      ...m,
      mySide,
      myRole: mine[Math.min(asMentor, asMentee)]?.role,
      other: mySide === "mentor" ? m.menteeName : m.mentorName,
    };
  });
  const toAnswer = all.filter(
    (m) => m.state === "proposed" && m.proposerSide !== m.mySide && m.myRole === "lead",
  );
  const waiting = all.filter((m) => m.state === "proposed" && !toAnswer.includes(m));
  const active = all.filter((m) => m.state === "active");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const topics = (ts: string[]) =>
    ts.map((x) => t(`enums.topic.${x}` as Parameters<Translator>[0])).join(", ");
  const item = (m: (typeof all)[number], extra?: string) => (
    <li key={m.id} className="flex flex-wrap items-center gap-2 py-2">
      <Link href={`/mentorships/${m.id}`} className="font-medium text-brand-800 underline">
        {t("lifecycle.with", { name: m.other })}
      </Link>
      <span className="text-sm text-slate-700">
        · {t(m.mySide === "mentor" ? "lifecycle.asMentor" : "lifecycle.asMentee")} ·{" "}
        {topics(m.topics)}
        {extra ? ` · ${extra}` : ""}
      </span>
    </li>
  );

  if (mine.length === 0) {
    return (
      <div>
        <PageHeader title={t("network.title")} lead={t("network.lead")} />
        <div className="rounded-md border border-dashed border-slate-300 bg-white p-6">
          <p>{t("mine.empty")}</p>
          <Link href="/initiatives" className={`${buttonClass("secondary")} mt-4`}>
            {t("mine.browse")}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("network.title")} lead={t("network.lead")} />
      <Card title={t("network.toAnswer")} id="to-answer">
        {toAnswer.length === 0 ? (
          <p className="text-slate-700">{t("network.nothingToAnswer")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {toAnswer.map((m) =>
              item(m, t("lifecycle.expires", { date: date.format(m.expiresAt) })),
            )}
          </ul>
        )}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("network.active")} id="active">
          {active.length === 0 ? (
            <p className="text-slate-700">{t("network.noActive")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">{active.map((m) => item(m))}</ul>
          )}
        </Card>
        <Card title={t("network.waiting")} id="waiting">
          {waiting.length === 0 ? (
            <p className="text-slate-700">{t("network.noWaiting")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {waiting.map((m) =>
                item(m, t("lifecycle.expires", { date: date.format(m.expiresAt) })),
              )}
            </ul>
          )}
        </Card>
      </div>
      <Card title={t("network.initiatives")} id="initiatives">
        <ul className="space-y-3">
          {mine.map((initiative) => {
            const open = openSides.get(initiative.id) ?? { offers: 0, requests: 0 };
            return (
              <li key={initiative.id} className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/initiatives/${initiative.slug}/mentorship`}
                  className="font-medium text-brand-800 underline"
                >
                  {initiative.name}
                </Link>
                <Badge>{t(`enums.role.${initiative.role}`)}</Badge>
                {open.offers ? (
                  <Badge tone="success">{t("network.offers", { count: open.offers })}</Badge>
                ) : null}
                {open.requests ? (
                  <Badge tone="warning">{t("network.requests", { count: open.requests })}</Badge>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}
