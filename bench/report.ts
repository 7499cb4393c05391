import { type Check, verdict } from "./targets";
import type { WebResult } from "./web/run";

function target(check: Check): string {
  if (!Number.isFinite(check.target)) return "—";
  return `${check.direction === "max" ? "≤" : "≥"} ${check.target}`;
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
      verdict: c.gate === false && verdict(c) === "FAILED" ? "FAILED (not gating yet)" : verdict(c),
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
  const missed = checks.filter((c) => verdict(c) !== "met").length;
  console.log(`\n${checks.length - missed} of ${checks.length} figures within target.`);
}
