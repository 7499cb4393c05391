import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { DataTable } from "@/components/ui/data-table";
import { listInitiativeHistory } from "@/db/queries/history";
import { actionLabel } from "@/lib/audit/labels";
import { requireUser } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { loadInitiative } from "../load";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("profile.history") };
}

/** Changed fields as "field: before → after", readable without knowing the schema. */
function describeChange(before: unknown, after: unknown): string {
  if (!after || typeof after !== "object") return "";
  const old = (before ?? {}) as Record<string, unknown>;
  const show = (v: unknown) =>
    Array.isArray(v) ? v.join(", ") : v === null || v === undefined || v === "" ? "—" : String(v);
  return Object.entries(after as Record<string, unknown>)
    .filter(([key]) => key in old)
    .map(([key, value]) => `${key}: ${show(old[key]).slice(0, 80)} → ${show(value).slice(0, 80)}`)
    .join("; ");
}

export default async function HistoryPage({ params }: Params) {
  const { slug } = await params;
  const user = await requireUser(`/initiatives/${slug}/history`);
  const { initiative, role } = await loadInitiative(slug, "/history");
  if (role !== "lead" && !user.isSteward) redirect("/forbidden");
  const { locale, t } = await pageI18n();
  const events = await listInitiativeHistory(initiative.id);
  const when = dateFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (
    <div>
      <PageHeader title={t("history.title", { name: initiative.name })} lead={t("history.lead")} />
      {events.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
          {t("history.empty")}
        </p>
      ) : (
        <DataTable
          caption={t("history.title", { name: initiative.name })}
          headers={[t("history.when"), t("history.who"), t("history.what"), t("history.details")]}
        >
          {events.map((event) => (
            <tr key={event.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap px-4 py-2">{when.format(event.createdAt)} UTC</td>
              <td className="px-4 py-2">{event.actorName ?? t("history.system")}</td>
              <td className="px-4 py-2">{actionLabel(t, event.action)}</td>
              <td className="max-w-xl break-words px-4 py-2 text-slate-700">
                {describeChange(event.before, event.after)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
