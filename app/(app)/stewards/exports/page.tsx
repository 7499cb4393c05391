import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { DataTable } from "@/components/ui/data-table";
import { countExportRows } from "@/db/queries/exports";
import { requireSteward } from "@/lib/auth/session";
import { DATASETS, FORMATS } from "@/lib/exports/datasets";
import { pageI18n } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("exports.title") };
}

export default async function ExportsPage() {
  await requireSteward("/stewards/exports");
  const [{ t }, counts] = await Promise.all([pageI18n(), countExportRows()]);
  return (
    <div>
      <PageHeader title={t("exports.title")} lead={t("exports.lead")} />
      <DataTable
        caption={t("exports.title")}
        headers={[
          t("exports.dataset"),
          t("exports.description"),
          t("exports.rows"),
          t("exports.download"),
        ]}
      >
        {DATASETS.map((dataset) => {
          const title = t(`exports.datasets.${dataset}.title`);
          return (
            <tr key={dataset} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-semibold">
                {title}
              </th>
              <td className="max-w-xl px-3 py-2 text-slate-700">
                {t(`exports.datasets.${dataset}.description`)}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {t("exports.rowCount", { count: counts[dataset] })}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <span className="flex gap-4">
                  {FORMATS.map((format) => (
                    // A plain link, not <Link>: prefetching would download (and audit) the file.
                    <a
                      key={format}
                      href={`/stewards/exports/${dataset}?format=${format}`}
                      download
                      aria-label={t("exports.downloadAs", {
                        dataset: title,
                        format: t(`exports.${format}`),
                      })}
                      className="font-medium text-brand-700 underline underline-offset-2"
                    >
                      {t(`exports.${format}`)}
                    </a>
                  ))}
                </span>
              </td>
            </tr>
          );
        })}
      </DataTable>
      <div className="mt-6 max-w-2xl space-y-2 text-sm text-slate-700">
        <p>{t("exports.columnsNote")}</p>
        <p>
          {t("exports.auditNote")}{" "}
          <Link href="/stewards/audit?action=export.download" className="text-brand-700 underline">
            {t("exports.auditLink")}
          </Link>
        </p>
      </div>
    </div>
  );
}
