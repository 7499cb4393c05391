import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { listMyInitiatives } from "@/db/queries/memberships";
import {
  type NetworkListKey as ListKey,
  listNetworkPages,
  type NetworkPage,
} from "@/db/queries/my-network";
import { countOpenSidesOf } from "@/db/queries/offers";
import { requireUser } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { expireDueProposals } from "@/lib/mentorship/lifecycle";
import { NETWORK_LISTS, NETWORK_PAGE, networkPageHref } from "@/lib/mentorship/my-network";
import { pageParam } from "@/lib/validation/paging";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("network.title") };
}

type PageParams = Partial<Record<(typeof NETWORK_LISTS)[ListKey], string>>;

/** Everything of a person's initiatives in one place, what needs their answer first. */
export default async function MyNetworkPage({
  searchParams,
}: {
  searchParams: Promise<PageParams>;
}) {
  const user = await requireUser("/my-network");
  // Proposals past their date are expired before the lists below are read.
  const [{ locale, t }, mine, params] = await Promise.all([
    pageI18n(),
    listMyInitiatives(user.id),
    searchParams,
    expireDueProposals(),
  ]);
  const asked = (key: ListKey) => pageParam.parse(params[NETWORK_LISTS[key]]);
  const [{ toAnswer, active, waiting }, openSides] = await Promise.all([
    listNetworkPages(
      mine,
      { toAnswer: asked("toAnswer"), active: asked("active"), waiting: asked("waiting") },
      NETWORK_PAGE,
    ),
    countOpenSidesOf(mine.map((i) => i.id)),
  ]);
  const shownPages = { toAnswer: toAnswer.page, active: active.page, waiting: waiting.page };
  const date = dateFormat(locale, { dateStyle: "medium" });
  const topics = (ts: string[]) =>
    ts.map((x) => t(`enums.topic.${x}` as Parameters<Translator>[0])).join(", ");
  const item = (m: NetworkPage["rows"][number], extra?: string) => (
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
  const expires = (m: NetworkPage["rows"][number]) =>
    t("lifecycle.expires", { date: date.format(m.expiresAt) });
  /** The list's pages, keeping the other lists where the reader left them. */
  const pager = (key: ListKey, shown: NetworkPage, anchor: string, title: string) => (
    <Pager
      t={t}
      label={t("network.pages", { list: title })}
      page={shown.page}
      href={(page) => networkPageHref(shownPages, key, page, `${anchor}-title`)}
      place={{ pages: shown.pages, total: shown.total }}
    />
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
        {toAnswer.total === 0 ? (
          <p className="text-slate-700">{t("network.nothingToAnswer")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {toAnswer.rows.map((m) => item(m, expires(m)))}
          </ul>
        )}
        {pager("toAnswer", toAnswer, "to-answer", t("network.toAnswer"))}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("network.active")} id="active">
          {active.total === 0 ? (
            <p className="text-slate-700">{t("network.noActive")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">{active.rows.map((m) => item(m))}</ul>
          )}
          {pager("active", active, "active", t("network.active"))}
        </Card>
        <Card title={t("network.waiting")} id="waiting">
          {waiting.total === 0 ? (
            <p className="text-slate-700">{t("network.noWaiting")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {waiting.rows.map((m) => item(m, expires(m)))}
            </ul>
          )}
          {pager("waiting", waiting, "waiting", t("network.waiting"))}
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
