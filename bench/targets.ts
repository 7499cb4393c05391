// The budgets of the performance issue, and how a figure is judged against its target:
// met, missed, or failed (beyond twice the target: the run, and CI, fail).

export type Check = {
  measure: string;
  db: string;
  value: number;
  unit: string;
  target: number;
  /** "max": the figure must stay at or under the target; "min": at or over it. */
  direction: "max" | "min";
  note?: string;
  /**
   * Whether a FAILED verdict fails the run. Figures the app still misses by more than 2×
   * (issue 8's open items) are printed and judged, but do not stop CI until they are fixed.
   */
  gate?: boolean;
};

export type Verdict = "met" | "missed" | "FAILED";

export function verdict(check: Check): Verdict {
  const { value, target, direction } = check;
  if (Number.isNaN(value)) return "FAILED";
  if (direction === "max") {
    if (value <= target) return "met";
    return value > 2 * target ? "FAILED" : "missed";
  }
  if (value >= target) return "met";
  return value < target / 2 ? "FAILED" : "missed";
}

export const TARGETS = {
  pageP95Ratio: { postgres: 1.3, pglite: 2 },
  pageRpsRatio: { postgres: 0.75, pglite: 0.45 },
  actionRatio: 0.35,
  rssMb: 250,
  /**
   * Ours, not the issue's: the heap the server holds after the load and a full collection.
   * At 10,000 initiatives it is about 70 MB; a server that kept its finished renders held
   * 450 MB (see lib/http/release-render.ts), so a leak fails the run.
   */
  liveHeapMb: 150,
  firstPageMs: 1000,
  firstLoadRatio: 1.25,
  firstLoadPublicListRatio: 1.1,
} as const;

/** Public list pages, held to the tighter first-load budget. */
export const PUBLIC_LIST_PAGES = ["/", "/initiatives", "/network"];
