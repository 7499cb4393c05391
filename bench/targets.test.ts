import { describe, expect, it } from "vitest";
import { type Check, failsRun, knownMiss, verdict } from "./targets";

const check = (value: number, target: number, direction: Check["direction"]): Check => ({
  measure: "m",
  db: "—",
  value,
  unit: "",
  target,
  direction,
});

describe("judging a figure against its target", () => {
  it("meets, misses, and fails beyond twice the target (upper bounds)", () => {
    expect(verdict(check(1.3, 1.3, "max"))).toBe("met");
    expect(verdict(check(2.6, 1.3, "max"))).toBe("missed");
    expect(verdict(check(2.61, 1.3, "max"))).toBe("FAILED");
    expect(verdict(check(1, 0, "max"))).toBe("FAILED");
  });

  it("meets, misses, and fails under half the target (lower bounds)", () => {
    expect(verdict(check(0.75, 0.75, "min"))).toBe("met");
    expect(verdict(check(0.375, 0.75, "min"))).toBe("missed");
    expect(verdict(check(0.37, 0.75, "min"))).toBe("FAILED");
  });

  it("fails a figure that could not be measured", () => {
    expect(verdict(check(Number.NaN, 1, "max"))).toBe("FAILED");
  });
});

describe("which figures fail the run", () => {
  const figure = (measure: string, db: string, value: number): Check => ({
    measure,
    db,
    value,
    unit: "× bare page",
    target: 0.75,
    direction: "min",
  });

  it("fails a page beyond twice its target unless it is a known miss", () => {
    expect(failsRun(figure("directory, search + filters @10: throughput", "PostgreSQL", 0.3))).toBe(
      true,
    );
    expect(failsRun(figure("steward map @50: throughput", "PostgreSQL", 0.3))).toBe(false);
    expect(failsRun(figure("action: accept a proposal", "PGlite", 0.05))).toBe(false);
  });

  it("holds a rule for one database to that database only", () => {
    const firstPage = "first page after the server is ready (directory, reads the database)";
    expect(knownMiss({ measure: firstPage, db: "PGlite" })).toBeDefined();
    expect(knownMiss({ measure: firstPage, db: "PostgreSQL" })).toBeUndefined();
  });

  it("does not fail the run for a figure within twice its target, or one not gating", () => {
    expect(failsRun(figure("initiative page @10: throughput", "PostgreSQL", 0.4))).toBe(false);
    expect(failsRun({ ...figure("dense matching", "—", 0.1), gate: false })).toBe(false);
  });
});
