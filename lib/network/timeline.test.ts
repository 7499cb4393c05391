import { describe, expect, it } from "vitest";
import { mentorshipTimeline } from "./timeline";

const d = (s: string) => new Date(`${s}T12:00:00Z`);

describe("the mentorships timeline", () => {
  const now = d("2026-11-15");

  it("counts active mentorships at each month's end and running totals of closed ones", () => {
    const points = mentorshipTimeline(
      [
        { state: "active", startedAt: d("2026-09-10"), closedAt: null },
        { state: "completed", startedAt: d("2026-08-01"), closedAt: d("2026-10-05") },
        { state: "ended", startedAt: d("2026-09-20"), closedAt: d("2026-11-02") },
        { state: "active", startedAt: null, closedAt: null },
      ],
      4,
      now,
    );
    expect(points.map((p) => p.month.toISOString().slice(0, 7))).toEqual([
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(points.map(({ active, completed, ended }) => [active, completed, ended])).toEqual([
      [1, 0, 0],
      [3, 0, 0],
      [2, 1, 0],
      [1, 1, 1],
    ]);
  });

  it("gives zeros for an empty network", () => {
    const points = mentorshipTimeline([], 12, now);
    expect(points).toHaveLength(12);
    expect(points.every((p) => p.active + p.completed + p.ended === 0)).toBe(true);
  });

  it("does not count what starts after the moment drawn", () => {
    const [point] = mentorshipTimeline(
      [{ state: "active", startedAt: d("2026-11-20"), closedAt: null }],
      1,
      now,
    );
    expect(point?.active).toBe(0);
  });
});
