// `npm run bench`: the figures the performance budgets are measured against. Pure parts
// for now (network solver, suggestions, candidate graph); page and action throughput
// against in-app baselines join as the benchmark grows (see the issues).
import { cpus, totalmem } from "node:os";
import { benchFirstLoad } from "./first-load";
import { benchSolver } from "./solver";
import { benchSuggestions } from "./suggestions";

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`Padrinazgo benchmark — ${machine}\n`);

const solver = await benchSolver();
const pure = benchSuggestions();
const rows = [
  ...solver.map((r) => ({
    name: `exact matching ${r.name} (${r.edges.toLocaleString("en")} edges)`,
    medianMs: r.medianMs,
    maxMs: r.maxMs,
    targetMs: r.targetMs,
    note: `${r.matched} matched, ${r.vsGreedy}× greedy's objective`,
  })),
  ...pure.map((r) => ({ ...r, note: "" })),
];
console.table(
  rows.map((r) => ({
    measure: r.name,
    "median ms": r.medianMs,
    "max ms": r.maxMs,
    "target ms": r.targetMs,
    ratio: Math.round((r.medianMs / r.targetMs) * 100) / 100,
    note: r.note,
  })),
);
const firstLoad = benchFirstLoad();
if (firstLoad.length) {
  console.log("\nFirst-load JavaScript (gzipped), against the lightest page of the build:");
  console.table(firstLoad.map((r) => ({ page: r.route, "gzip KB": r.gzipKb, ratio: r.ratio })));
} else {
  console.log("\nFirst-load JavaScript: no build found (run `npm run build` first).");
}

// Budgets are targets; a median beyond twice its target fails the run (CI uses this too).
const missed = rows.filter((r) => r.medianMs > 2 * r.targetMs);
for (const r of missed) console.error(`MISSED: ${r.name}: ${r.medianMs} ms > 2 × ${r.targetMs} ms`);
process.exitCode = missed.length ? 1 : 0;
