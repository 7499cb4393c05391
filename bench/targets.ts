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
  /** Whether a FAILED verdict fails the run; off for a figure beyond the budgets. */
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
   * At 10,000 initiatives it is 82–96 MB; a server that kept its finished renders held
   * 450 MB (see lib/http/release-render.ts), so a leak fails the run.
   */
  liveHeapMb: 150,
  firstPageMs: 1000,
  /**
   * Ours: a steward publishing network matching waits for every proposal, its two notices
   * and e-mails and its audit entry to be written (3,000 on the full network). One proposal
   * at a time this was 7.8 ms each on PostgreSQL; set-wise 0.47 ms (PGlite 0.95), and
   * 0.82 / 1.8 ms on the reduced network, where the action's fixed cost weighs more.
   */
  publishMsPerProposal: { postgres: 1, pglite: 2 },
  firstLoadRatio: 1.25,
  firstLoadPublicListRatio: 1.1,
} as const;

/** Public list pages, held to the tighter first-load budget. */
export const PUBLIC_LIST_PAGES = ["/", "/initiatives", "/network"];

/**
 * Figures under load the app still misses, some by more than twice their target, with why
 * (the README's "Known misses"). They are measured and judged every run, and printed as a
 * known miss instead of failing it; every other figure beyond twice its target fails the
 * run, and CI. Also listed: figures that came within a third of that line in a reduced
 * run on this shared two-core host, or moved by half between runs of the same day, so that
 * host noise alone does not fail CI. Take a rule out once its figures meet their targets
 * with room to spare.
 */
export const KNOWN_MISSES: { measure: RegExp; db?: string; why: string }[] = [
  {
    measure: /^action: /,
    why: "an action answers with the re-rendered page; the no-op action renders nothing",
  },
  {
    measure: /^steward (dashboard|map) @/,
    why: "their render: seven charts with data tables, and 51 countries with named initiatives",
  },
  {
    measure: /^(offer, requests|request, offers) ranked @/,
    why: "ranking goes over every candidate that fits before the page's ten are rendered",
  },
  { measure: /^mentorship workspace @/, why: "the largest page a person reads" },
  {
    measure: /: p95$/,
    why: "p95 over 2–3 s on a shared host: the initiative page's 1.51, 1.60, 2.45 × in three runs",
  },
  {
    measure: /^server memory right after the load/,
    why: "V8 keeps the heap it grew to under 50 connections for about a minute",
  },
  {
    measure: /^first page after the server is ready \(directory/,
    db: "PGlite",
    why: "PGlite opens on the first request, beside the first pages' code (2.2 s once in CI)",
  },
];

/** Why a figure is a known miss, or undefined when a FAILED verdict fails the run. */
export function knownMiss(check: Pick<Check, "measure" | "db">): string | undefined {
  return KNOWN_MISSES.find(
    (miss) => miss.measure.test(check.measure) && (!miss.db || miss.db === check.db),
  )?.why;
}

/** Whether a figure fails the run: beyond twice its target, gating, not a known miss. */
export function failsRun(check: Check): boolean {
  return verdict(check) === "FAILED" && check.gate !== false && !knownMiss(check);
}
