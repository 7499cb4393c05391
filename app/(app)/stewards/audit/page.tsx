import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { listAuditEvents, listAuditFilterOptions } from "@/db/queries/audit";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { type AuditSearchParams, parseAuditSearch } from "@/lib/validation/audit-log";
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
  const [{ locale, t }, options, result] = await Promise.all([
    pageI18n(),
    listAuditFilterOptions(),
    listAuditEvents({
      initiativeId: values.initiative,
      person: values.person,
      action: values.action,
      from: values.from,
      to: values.to,
      page: values.page,
    }),
  ]);
  const { page, events, hasNext } = result;
  const filtered = Boolean(
    values.initiative || values.person || values.action || values.from || values.to,
  );
  const pageLink = (p: number) => {
    const query = new URLSearchParams();
    for (const key of ["initiative", "person", "action", "from", "to"] as const) {
      const value = values[key];
      if (value) query.set(key, value);
    }
    if (p > 1) query.set("page", String(p));
    const text = query.toString();
    return text ? `/stewards/audit?${text}` : "/stewards/audit";
  };
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
      {ignored.length > 0 || swapped ? (
        <div className="mb-4 space-y-2">
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
        initiatives={options.initiatives}
        actions={options.actions}
      />
      {events.length === 0 ? (
        <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {page > 1 ? (
            <p>
              {t("auditLog.emptyPage")}{" "}
              <Link href={pageLink(1)} className="text-brand-700 underline">
                {t("auditLog.firstPage")}
              </Link>
            </p>
          ) : (
            <p>{t(filtered ? "auditLog.emptyFiltered" : "auditLog.empty")}</p>
          )}
        </div>
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
        label={t("auditLog.pagination")}
        page={page}
        hasNext={hasNext}
        href={pageLink}
        previous={t("auditLog.previous")}
        next={t("auditLog.next")}
        position={events.length > 0 ? t("auditLog.pageNumber", { page }) : undefined}
      />
    </div>
  );
}
