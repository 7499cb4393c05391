import type { MapInitiative, NetworkMap, SharedInitiative } from "@/db/queries/network-map";
import { STAGES, type Stage } from "@/db/schema/enums";

export type { MapInitiative, NetworkMap, SharedInitiative };

/** Some of a group's initiatives by name, and how many there are in all. */
export type NamedGroup = { total: number; named: MapInitiative[] };

export type CountrySummary = {
  code: string;
  /** The most advanced stage among the country's own (single-country) initiatives. */
  stage: Stage | null;
  /** The country's own initiatives by stage. */
  byStage: Record<Stage, number>;
  own: NamedGroup;
  /** Sub-regional and regional initiatives that include the country. */
  shared: NamedGroup;
};

/**
 * Groups the map's rows by country. Only an initiative of one country colours it: a regional
 * forum covering ten countries would otherwise paint them all "established".
 */
export function summarizeCountries(map: NetworkMap) {
  const byCode = new Map<string, CountrySummary>();
  for (const placement of map.placements) {
    const { code, shared, rank: _, total, emerging, developing, established, ...item } = placement;
    let summary = byCode.get(code);
    if (!summary) {
      const byStage = { emerging: 0, developing: 0, established: 0 };
      summary = { code, stage: null, byStage, own: none(), shared: none() };
      byCode.set(code, summary);
    }
    const group = shared ? summary.shared : summary.own;
    group.total = total;
    group.named.push(item);
    if (group === summary.own) {
      summary.byStage = { emerging, developing, established };
      summary.stage = [...STAGES].reverse().find((stage) => summary.byStage[stage] > 0) ?? null;
    }
  }
  return { byCode, shared: { total: map.sharedTotal, named: map.shared } };
}

function none(): NamedGroup {
  return { total: 0, named: [] };
}

/** Up to `limit` of a country's initiatives to name, its own first, and how many are left. */
export function namedIn(summary: CountrySummary, limit: number) {
  const named = [
    ...summary.own.named.map((initiative) => ({ initiative, shared: false })),
    ...summary.shared.named.map((initiative) => ({ initiative, shared: true })),
  ].slice(0, limit);
  return { named, more: summary.own.total + summary.shared.total - named.length };
}

/** A country's link: its only initiative, or the directory filtered to the country. */
export function countryHref(summary: CountrySummary): string {
  const [only] = [...summary.own.named, ...summary.shared.named];
  return only && summary.own.total + summary.shared.total === 1
    ? `/initiatives/${only.slug}`
    : `/initiatives?country=${summary.code}`;
}
