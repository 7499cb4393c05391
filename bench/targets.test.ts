import { describe, expect, it } from "vitest";
import { type Check, verdict } from "./targets";

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
