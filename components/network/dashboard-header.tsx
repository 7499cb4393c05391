import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import type { Translator } from "@/lib/i18n/messages";

export type DashboardView = "overview" | "map" | "checkIns";

const VIEWS: { view: DashboardView; href: string }[] = [
  { view: "overview", href: "/stewards" },
  { view: "map", href: "/stewards/map" },
  { view: "checkIns", href: "/stewards/check-ins" },
];

const TOOLS = [
  { href: "/stewards/matching", label: "networkMatching.title" },
  { href: "/stewards/exports", label: "dashboard.exports" },
  { href: "/stewards/audit", label: "dashboard.audit" },
  { href: "/network", label: "dashboard.publicPage" },
] as const;

/**
 * The steward dashboard's heading, its tools and its three views (figures, map, quiet
 * mentorships): one page each, so none of them carries the others' weight.
 */
export function DashboardHeader({ t, current }: { t: Translator; current: DashboardView }) {
  return (
    <PageHeader title={t("dashboard.title")} lead={t("dashboard.lead")}>
      <nav aria-label={t("dashboard.tools")} className="mt-3 flex flex-wrap gap-3 text-sm">
        {TOOLS.map(({ href, label }) => (
          <Link key={href} href={href} className="text-brand-800 underline">
            {t(label)}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("dashboard.views.label")} className="mt-6 border-b border-slate-300">
        <ul className="-mb-px flex flex-wrap gap-1">
          {VIEWS.map(({ view, href }) => {
            const active = view === current;
            return (
              <li key={view}>
                <Link
                  href={href}
                  prefetch={false}
                  aria-current={active ? "page" : undefined}
                  className={`inline-block rounded-t-md border px-4 py-2 font-medium ${
                    active
                      ? "border-slate-300 border-b-white bg-white text-slate-900"
                      : "border-transparent text-brand-800 underline hover:bg-slate-100"
                  }`}
                >
                  {t(`dashboard.views.${view}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </PageHeader>
  );
}
