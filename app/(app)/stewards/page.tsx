import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { RegionMap } from "@/components/network/region-map";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { Stat } from "@/components/ui/stat";
import { listQuietMentorships } from "@/db/queries/dashboard";
import { getNetworkMap } from "@/db/queries/network-map";
import {
  HELP_TOPICS,
  INITIATIVE_KINDS,
  STAGES,
  SUB_REGIONS,
  TOOLKIT_PHASES,
} from "@/db/schema/enums";
import { requireSteward } from "@/lib/auth/session";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { CHECK_IN_DAYS } from "@/lib/mentorship/check-ins";
import { networkFigures } from "@/lib/network/figures";
import { checkInDaysParam, pageParam } from "@/lib/validation/dashboard";
import { remindCheckInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("dashboard.title") };
}

type Key = Parameters<Translator>[0];

/** Quiet mentorships per page: the quietest first, each with its reminder button. */
const QUIET_PAGE = 20;

/** The stewards' view of the whole network: where it stands and what needs a hand. */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ days?: string; page?: string }>;
}) {
  await requireSteward("/stewards");
  const params = await searchParams;
  const days = checkInDaysParam.parse(params.days);
  const page = pageParam.parse(params.page);
  const [{ locale, t }, figures, quiet, map] = await Promise.all([
    pageI18n(),
    networkFigures(),
    listQuietMentorships(days, { limit: QUIET_PAGE, offset: (page - 1) * QUIET_PAGE }),
    getNetworkMap("all"),
  ]);
  const { initiatives, requests, capacity, progress, timeline, active } = figures;
  const quietTotal = quiet[0]?.total ?? 0;
  const number = new Intl.NumberFormat(locale);
  const month = new Intl.DateTimeFormat(locale, {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const table = { show: t("dashboard.showData"), category: t("dashboard.category") };
  const one = [{ key: "count", label: t("dashboard.count") }];
  const { used, places } = capacity;
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
  return (
    <div className="space-y-8">
      <PageHeader title={t("dashboard.title")} lead={t("dashboard.lead")}>
        <nav aria-label={t("dashboard.tools")} className="mt-3 flex flex-wrap gap-3 text-sm">
          <Link href="/stewards/matching" className="text-brand-800 underline">
            {t("networkMatching.title")}
          </Link>
          <Link href="/stewards/exports" className="text-brand-800 underline">
            {t("dashboard.exports")}
          </Link>
          <Link href="/stewards/audit" className="text-brand-800 underline">
            {t("dashboard.audit")}
          </Link>
          <Link href="/network" className="text-brand-800 underline">
            {t("dashboard.publicPage")}
          </Link>
        </nav>
      </PageHeader>

      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat
          label={t("dashboard.figures.initiatives")}
          value={number.format(initiatives.total)}
          href="/initiatives"
        />
        <Stat label={t("dashboard.figures.openRequests")} value={number.format(requests.open)} />
        <Stat
          label={t("dashboard.figures.unmatched")}
          value={number.format(requests.unmatched)}
          href="/stewards/matching"
        />
        <Stat label={t("dashboard.figures.active")} value={number.format(active)} />
        <Stat
          label={t("dashboard.figures.places")}
          value={t("dashboard.placesValue", { used, places })}
        />
        <Stat
          label={t("dashboard.figures.quiet")}
          value={number.format(quietTotal)}
          href="#check-ins"
        />
      </dl>
      <p className="text-sm text-slate-700">
        {t("dashboard.asOf", { time: time.format(figures.computedAt) })}
      </p>

      <RegionMap
        map={map}
        locale={locale}
        labels={{ title: t("dashboard.mapTitle"), description: t("dashboard.mapDesc") }}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <BarChart
          id="by-stage"
          title={t("dashboard.charts.byStage")}
          description={t("dashboard.charts.byStageDesc")}
          series={one}
          rows={STAGES.map((s) => ({
            label: t(`enums.stage.${s}` as Key),
            values: { count: initiatives.byStage.get(s) ?? 0 },
          }))}
          locale={locale}
          labels={table}
        />
        <BarChart
          id="by-kind"
          title={t("dashboard.charts.byKind")}
          description={t("dashboard.charts.byKindDesc")}
          series={one}
          rows={INITIATIVE_KINDS.map((k) => ({
            label: t(`enums.kind.${k}` as Key),
            values: { count: initiatives.byKind.get(k) ?? 0 },
          }))}
          locale={locale}
          labels={table}
        />
        <BarChart
          id="by-sub-region"
          title={t("dashboard.charts.bySubRegion")}
          description={t("dashboard.charts.bySubRegionDesc")}
          series={one}
          rows={SUB_REGIONS.map((r) => ({
            label: t(`enums.subRegion.${r}` as Key),
            values: { count: initiatives.bySubRegion.get(r) ?? 0 },
          }))}
          locale={locale}
          labels={table}
        />
        <BarChart
          id="requests-by-topic"
          title={t("dashboard.charts.requests")}
          description={t("dashboard.charts.requestsDesc", {
            open: requests.open,
            unmatched: requests.unmatched,
          })}
          series={[
            { key: "unmatched", label: t("dashboard.series.unmatched"), color: "#c2410c" },
            { key: "waiting", label: t("dashboard.series.waiting"), color: "#17694f" },
          ]}
          rows={HELP_TOPICS.filter((x) => requests.byTopic.has(x)).map((x) => ({
            label: t(`enums.topic.${x}` as Key),
            values: requests.byTopic.get(x) ?? {},
          }))}
          locale={locale}
          labels={table}
        />
        <BarChart
          id="capacity"
          title={t("dashboard.charts.capacity")}
          description={t("dashboard.charts.capacityDesc", {
            used,
            places,
            shown: capacity.busiest.length,
            mentors: capacity.mentors,
          })}
          series={[
            { key: "used", label: t("dashboard.series.used"), color: "#17694f" },
            { key: "free", label: t("dashboard.series.free"), color: "#64748b" },
          ]}
          rows={capacity.busiest.map((o) => ({
            label: o.name,
            values: { used: o.used, free: o.capacity - o.used },
          }))}
          locale={locale}
          labels={table}
        />
        <BarChart
          id="progress"
          title={t("dashboard.charts.progress")}
          description={t("dashboard.charts.progressDesc")}
          series={[
            { key: "done", label: t("dashboard.series.done"), color: "#17694f" },
            { key: "inProgress", label: t("dashboard.series.inProgress"), color: "#1d4ed8" },
            { key: "todo", label: t("dashboard.series.todo"), color: "#64748b" },
          ]}
          rows={TOOLKIT_PHASES.map((p) => {
            const s = progress.get(p) ?? { total: 0, done: 0, inProgress: 0, notApplicable: 0 };
            return {
              label: t(`enums.phase.${p}` as Key),
              values: {
                done: s.done + s.notApplicable,
                inProgress: s.inProgress,
                todo: s.total - s.done - s.notApplicable - s.inProgress,
              },
            };
          })}
          locale={locale}
          labels={table}
        />
        <div className="lg:col-span-2">
          <LineChart
            id="timeline"
            title={t("dashboard.charts.timeline")}
            description={t("dashboard.charts.timelineDesc")}
            series={[
              { key: "active", label: t("dashboard.series.active") },
              { key: "completed", label: t("dashboard.series.completed") },
              { key: "ended", label: t("dashboard.series.ended") },
            ]}
            rows={timeline.map((p) => ({
              label: month.format(p.month),
              values: { active: p.active, completed: p.completed, ended: p.ended },
            }))}
            locale={locale}
            labels={table}
          />
        </div>
      </div>

      <section aria-labelledby="check-ins" id="check-ins-section">
        <h2 id="check-ins" className="text-xl font-semibold">
          {t("dashboard.checkIns.title")}
        </h2>
        <p className="mb-3 text-slate-700">
          {t("dashboard.checkIns.lead", { days, total: quietTotal })}
        </p>
        <form action="/stewards" className="mb-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="days" className="block text-sm font-medium">
              {t("dashboard.checkIns.days")}
            </label>
            <input
              id="days"
              name="days"
              type="number"
              min={CHECK_IN_DAYS.min}
              max={CHECK_IN_DAYS.max}
              defaultValue={days}
              className="mt-1 w-28 rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white"
          >
            {t("dashboard.checkIns.apply")}
          </button>
        </form>
        {quietTotal === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
            {t("dashboard.checkIns.none", { days })}
          </p>
        ) : (
          <DataTable
            caption={t("dashboard.checkIns.title")}
            headers={[
              t("dashboard.checkIns.pair"),
              t("dashboard.checkIns.lastActivity"),
              t("dashboard.checkIns.lastReminder"),
              t("dashboard.checkIns.action"),
            ]}
          >
            {quiet.map((m) => (
              <tr key={m.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">
                  {t("dashboard.checkIns.pairText", { mentor: m.mentorName, mentee: m.menteeName })}
                </td>
                <td className="px-3 py-2">{date.format(m.lastActivity)}</td>
                <td className="px-3 py-2">
                  {m.lastReminder ? date.format(m.lastReminder) : t("dashboard.checkIns.never")}
                </td>
                <td className="px-3 py-2">
                  <ActionForm
                    action={remindCheckInAction}
                    name={t("dashboard.checkIns.remindNamed", {
                      mentor: m.mentorName,
                      mentee: m.menteeName,
                    })}
                    submitLabel={t("dashboard.checkIns.remind")}
                    pendingLabel={t("dashboard.checkIns.sending")}
                    variant="secondary"
                    fields={[
                      { name: "mentorshipId", type: "hidden", defaultValue: m.id, label: "" },
                    ]}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager
          label={t("dashboard.checkIns.pages")}
          page={page}
          hasNext={page * QUIET_PAGE < quietTotal}
          href={(p) => `/stewards?days=${days}&page=${p}#check-ins`}
          previous={t("dashboard.checkIns.previous")}
          next={t("dashboard.checkIns.next")}
          position={t("dashboard.checkIns.pageOf", {
            page,
            pages: Math.max(1, Math.ceil(quietTotal / QUIET_PAGE)),
          })}
        />
      </section>
    </div>
  );
}
