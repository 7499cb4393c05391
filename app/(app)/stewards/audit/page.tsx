import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { PastLastPage } from "@/components/ui/past-last-page";
import { listAuditActions, listAuditEvents } from "@/db/queries/audit";
import { resolveInitiativeFilter } from "@/lib/audit/initiative-filter";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { type AuditSearchParams, parseAuditSearch } from "@/lib/validation/audit-log";
import { listHref } from "@/lib/validation/paging";
import { AuditEventRowView } from "./event-row";
import { AuditFilterForm } from "./filter-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("auditLog.title") };
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<AuditSearchParams>;
}) {
  await requireSteward("/stewards/audit");
  const { values, ignored, swapped } = parseAuditSearch(await searchParams);
  const initiative = values.initiative ? await resolveInitiativeFilter(values.initiative) : null;
  const initiativeId = initiative?.kind === "one" ? initiative.initiative.id : undefined;
  const [{ locale, t }, actions, result] = await Promise.all([
    pageI18n(),
    listAuditActions(),
    listAuditEvents({
      initiativeId,
      person: values.person,
      action: values.action,
      from: values.from,
      to: values.to,
      page: values.page,
    }),
  ]);
  const { page, events, hasNext } = result;
  const filtered = Boolean(
    initiativeId || values.person || values.action || values.from || values.to,
  );
  // Links name a resolved initiative by id, so that paging never asks the steward again.
  const pageLink = (p: number, initiativeParam = initiativeId ?? values.initiative) =>
    listHref(
      "/stewards/audit",
      {
        initiative: initiativeParam,
        person: values.person,
        action: values.action,
        from: values.from,
        to: values.to,
      },
      { page: p },
    );
  // The app shows times in UTC everywhere (see lib/i18n/request.ts); the zone is named.
  const when = dateFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  return (
    <div>
      <PageHeader title={t("auditLog.title")} lead={t("auditLog.lead")} />
      {ignored.length > 0 || swapped || (initiative && initiative.kind !== "one") ? (
        <div className="mb-4 space-y-2">
          {initiative?.kind === "unknown" ? (
            <Notice tone="error" live>
              {t("auditLog.initiativeUnknown", { value: initiative.text })}
            </Notice>
          ) : null}
          {initiative?.kind === "several" ? (
            <Notice live>
              <p id="audit-initiative-choices">
                {t("auditLog.initiativeSeveral", { value: initiative.text })}
              </p>
              <ul aria-labelledby="audit-initiative-choices" className="mt-2 list-disc pl-5">
                {initiative.choices.map((choice) => (
                  <li key={choice.id}>
                    <Link href={pageLink(1, choice.id)} className="text-brand-700 underline">
                      {choice.name}
                    </Link>
                  </li>
                ))}
              </ul>
              {initiative.more ? <p className="mt-2">{t("auditLog.initiativeMore")}</p> : null}
            </Notice>
          ) : null}
          {ignored.map(({ field, value }) => (
            <Notice key={field} tone="error" live>
              {t(
                field === "from" || field === "to"
                  ? "auditLog.ignoredDate"
                  : "auditLog.ignoredOther",
                {
                  field: t(`auditLog.filters.${field}`),
                  value,
                },
              )}
            </Notice>
          ))}
          {swapped ? <Notice live>{t("auditLog.swapped")}</Notice> : null}
        </div>
      ) : null}
      <AuditFilterForm
        t={t}
        values={values}
        initiative={
          initiative?.kind === "one" ? initiative.initiative.name : (values.initiative ?? "")
        }
        actions={actions}
      />
      {events.length === 0 && page > 1 ? (
        <PastLastPage t={t} text={t("auditLog.emptyPage")} href={pageLink(1)} />
      ) : events.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t(filtered ? "auditLog.emptyFiltered" : "auditLog.empty")}
        </p>
      ) : (
        <DataTable
          caption={t("auditLog.title")}
          headers={[
            t("auditLog.when"),
            t("auditLog.who"),
            t("auditLog.action"),
            t("auditLog.what"),
            t("auditLog.details"),
          ]}
        >
          {events.map((event) => (
            <AuditEventRowView key={event.id} t={t} event={event} when={when} />
          ))}
        </DataTable>
      )}
      <Pager
        t={t}
        label={t("auditLog.pagination")}
        page={page}
        href={pageLink}
        place={{ hasNext, shown: events.length }}
      />
    </div>
  );
}
