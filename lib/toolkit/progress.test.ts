import { describe, expect, it } from "vitest";
import type { StepStatus } from "@/db/schema/enums";
import { computeProgress, type StepRef } from "./progress";

const steps: StepRef[] = [
  { key: "a", phase: "foundations" },
  { key: "b", phase: "foundations" },
  { key: "c", phase: "committee" },
  { key: "d", phase: "committee" },
  { key: "e", phase: "reporting" },
];

const with_ = (statuses: Record<string, StepStatus>) => (key: string) => statuses[key] ?? "todo";

describe("checklist progress", () => {
  it("starts at zero with the first step next", () => {
    const progress = computeProgress(steps, with_({}));
    expect(progress).toMatchObject({ done: 0, applicable: 5, percent: 0 });
    expect(progress.next?.key).toBe("a");
    expect(progress.phases.map((p) => p.phase)).toEqual(["foundations", "committee", "reporting"]);
  });

  it("leaves not-applicable steps out of the count and suggests work already in progress first", () => {
    const progress = computeProgress(
      steps,
      with_({ a: "done", b: "not_applicable", c: "done", e: "in_progress" }),
    );
    expect(progress).toMatchObject({ done: 2, applicable: 4, percent: 50 });
    expect(progress.phases[0]).toEqual({
      phase: "foundations",
      done: 1,
      applicable: 1,
      percent: 100,
    });
    expect(progress.phases[1]).toEqual({ phase: "committee", done: 1, applicable: 2, percent: 50 });
    expect(progress.next?.key).toBe("e");
  });

  it("is complete when everything applicable is done, with nothing next", () => {
    const progress = computeProgress(
      steps,
      with_({ a: "done", b: "done", c: "done", d: "not_applicable", e: "done" }),
    );
    expect(progress).toMatchObject({ done: 4, applicable: 4, percent: 100, next: null });
  });

  it("counts a phase with every step not applicable as complete", () => {
    const progress = computeProgress(steps, with_({ e: "not_applicable" }));
    expect(progress.phases[2]).toEqual({
      phase: "reporting",
      done: 0,
      applicable: 0,
      percent: 100,
    });
  });
});
