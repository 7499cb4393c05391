import type { Metadata } from "next";
import { BarChart } from "@/components/charts/bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { DashboardHeader } from "@/components/network/dashboard-header";
import { Stat } from "@/components/ui/stat";
import {
  HELP_TOPICS,
  INITIATIVE_KINDS,
  STAGES,
  SUB_REGIONS,
  TOOLKIT_PHASES,
} from "@/db/schema/enums";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat, numberFormat } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { networkFigures } from "@/lib/network/figures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("dashboard.title") };
}

type Key = Parameters<Translator>[0];

/** The stewards' view of the whole network in figures: where it stands, what needs a hand. */
export default async function DashboardPage() {
  await requireSteward("/stewards");
  const [{ locale, t }, figures] = await Promise.all([pageI18n(), networkFigures()]);
  const { initiatives, requests, capacity, progress, timeline, active, quiet } = figures;
  const number = numberFormat(locale);
  const month = dateFormat(locale, {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  });
  const table = { show: t("dashboard.showData"), category: t("dashboard.category") };
  const one = [{ key: "count", label: t("dashboard.count") }];
  const { used, places } = capacity;
  const time = dateFormat(locale, { timeStyle: "short" });
  return (
    <div className="space-y-8">
      <DashboardHeader t={t} current="overview" />

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
          value={number.format(quiet)}
          href="/stewards/check-ins"
        />
      </dl>
      <p className="text-sm text-slate-700">
        {t("dashboard.asOf", { time: time.format(figures.computedAt) })}
      </p>

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
    </div>
  );
}
