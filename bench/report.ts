import { type Check, KNOWN_MISSES, knownMiss, verdict } from "./targets";
import type { WebResult } from "./web/run";

function target(check: Check): string {
  if (!Number.isFinite(check.target)) return "—";
  return `${check.direction === "max" ? "≤" : "≥"} ${check.target}`;
}

function label(check: Check): string {
  const judged = verdict(check);
  if (judged !== "FAILED") return judged;
  if (check.gate === false) return "FAILED (not gating)";
  return knownMiss(check) ? "FAILED (known miss)" : "FAILED";
}

/** The one table of every figure against its target, then how the network was made. */
export function printReport(checks: Check[], web: WebResult[]): void {
  console.log("");
  console.table(
    checks.map((c) => ({
      measure: c.measure,
      db: c.db,
      value: `${c.value} ${c.unit}`,
      target: target(c),
      verdict: label(c),
      note: c.note ?? "",
    })),
  );
  for (const result of web) {
    console.log(
      `${result.kind}: network generated in ${(result.generateMs / 1000).toFixed(1)} s; ` +
        `no-op action ${result.actions[0]?.rps ?? "?"} req/s; ` +
        `bare page ${result.pages[0]?.rps ?? "?"} req/s at ${result.pages[0]?.connections} connections.`,
    );
  }
  const known = KNOWN_MISSES.filter((miss) =>
    checks.some((c) => verdict(c) === "FAILED" && knownMiss(c) === miss.why),
  );
  if (known.length) console.log("\nKnown misses (printed, not failing the run):");
  for (const miss of known)
    console.log(`- /${miss.measure.source}/${miss.db ? ` on ${miss.db}` : ""} — ${miss.why}`);
  const missed = checks.filter((c) => verdict(c) !== "met").length;
  console.log(`\n${checks.length - missed} of ${checks.length} figures within target.`);
}
