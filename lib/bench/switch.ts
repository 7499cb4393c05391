/**
 * The benchmark's in-app baselines (a bare dynamic page, a no-op server action) exist only
 * while `npm run bench` runs the server with this switch; everywhere else they are 404s.
 */
export function benchBaselinesOn(): boolean {
  return process.env.PADRINAZGO_BENCH_BASELINES === "1";
}

/** The 50 rows the bare page renders: built in memory, no database. */
export function baselineRows(count = 50): { id: number; name: string; code: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    name: `Initiative ${String(i + 1).padStart(2, "0")}`,
    code: (i * 7919).toString(36).toUpperCase(),
  }));
}
