// Times the exact network solver on seeded random instances of the two target sizes (plus
// a tie-heavy variant of the large one).
// `npx tsx bench/solver.ts` prints a table and fails when a median misses its target by 2×.
import { pathToFileURL } from "node:url";
import { type NetworkInput, solveNetwork } from "../lib/matching/network/solve";

export type Row = {
  name: string;
  edges: number;
  medianMs: number;
  maxMs: number;
  targetMs: number;
  matched: number;
  objective: number;
  greedyObjective: number;
  /** objective ÷ greedy objective (both Σ score − penalty × unmatched). */
  vsGreedy: number;
  heapMb: number;
};

type Size = {
  name: string;
  requests: number;
  offers: number;
  candidates: number;
  maxFree: number;
  /** Scores come in steps of this many points; 100 makes many equal scores and ties. */
  step: number;
  targetMs: number;
};

const size = (name: string, requests: number, offers: number, maxFree: number, step = 1) => ({
  name,
  requests,
  offers,
  candidates: 20,
  maxFree,
  step,
  targetMs: requests > 1_000 ? 2_000 : 200,
});
const SIZES: Size[] = [
  size("1k × 1k", 1_000, 1_000, 3),
  size("10k × 4k", 10_000, 4_000, 4),
  // Not a stated target: ties once made the auction crawl, so they stay measured.
  size("10k × 4k, scores in 100s", 10_000, 4_000, 4, 100),
];
const PENALTY = 100;
const RUNS = 5;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeInstance(size: Size, seed: number): NetworkInput {
  const random = prng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(6, "0")}`;
  const offers = Array.from({ length: size.offers }, (_, o) => ({
    id: id("o", o),
    free: 1 + pick(size.maxFree),
  }));
  const requests = Array.from({ length: size.requests }, (_, r) => ({ id: id("r", r) }));
  const edges: NetworkInput["edges"] = [];
  for (let r = 0; r < size.requests; r++) {
    const chosen = new Set<number>();
    while (chosen.size < size.candidates) chosen.add(pick(size.offers));
    for (const o of chosen) {
      const score = size.step * Math.floor(pick(1101) / size.step) - 100;
      edges.push({ requestId: id("r", r), offerId: id("o", o), score });
    }
  }
  return { requests, offers, edges, penalty: PENALTY };
}

/** Greedy baseline: heaviest edge first, taken when both sides still have room. */
function greedyObjective(input: NetworkInput): number {
  const free = new Map(input.offers.map((o) => [o.id, o.free]));
  const taken = new Set<string>();
  const sorted = [...input.edges].sort((a, b) => b.score - a.score);
  let total = 0;
  for (const edge of sorted) {
    const left = free.get(edge.offerId) ?? 0;
    if (edge.score + input.penalty <= 0 || left <= 0 || taken.has(edge.requestId)) continue;
    taken.add(edge.requestId);
    free.set(edge.offerId, left - 1);
    total += edge.score;
  }
  return total - input.penalty * (input.requests.length - taken.size);
}

/** Runs every size RUNS times after a warm-up and reports timings and quality. */
export async function benchSolver(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [index, size] of SIZES.entries()) {
    const input = makeInstance(size, 20_240 + index);
    let solution = solveNetwork(input);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      solution = solveNetwork(input);
      times.push(performance.now() - start);
      await new Promise((resolve) => setImmediate(resolve));
    }
    times.sort((a, b) => a - b);
    const greedy = greedyObjective(input);
    rows.push({
      name: size.name,
      edges: input.edges.length,
      medianMs: Math.round(times[Math.floor(RUNS / 2)] ?? 0),
      maxMs: Math.round(times[RUNS - 1] ?? 0),
      targetMs: size.targetMs,
      matched: solution.assignments.length,
      objective: solution.objective,
      greedyObjective: greedy,
      vsGreedy: Math.round((solution.objective / greedy) * 1000) / 1000,
      heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await benchSolver();
  console.table(rows);
  const slow = rows.filter((row) => row.medianMs > 2 * row.targetMs);
  for (const row of slow) console.error(`${row.name}: median ${row.medianMs} ms > 2 × target`);
  process.exitCode = slow.length > 0 ? 1 : 0;
}
