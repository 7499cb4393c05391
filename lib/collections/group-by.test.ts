import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("keeps each group in the order the rows came, keys in first-seen order", () => {
    const rows = [
      { at: "b", n: 1 },
      { at: "a", n: 2 },
      { at: "b", n: 3 },
      { at: "c", n: 4 },
      { at: "a", n: 5 },
    ];
    const groups = groupBy(rows, (r) => r.at);
    expect([...groups.keys()]).toEqual(["b", "a", "c"]);
    expect(groups.get("b")?.map((r) => r.n)).toEqual([1, 3]);
    expect(groups.get("a")?.map((r) => r.n)).toEqual([2, 5]);
    expect(groups.get("c")?.map((r) => r.n)).toEqual([4]);
    expect(groups.has("d")).toBe(false);
  });

  it("takes any key and any iterable, and gives an empty map for no rows", () => {
    const byParity = groupBy(new Set([1, 2, 3, 4, 5]), (n) => n % 2 === 0);
    expect(byParity.get(true)).toEqual([2, 4]);
    expect(byParity.get(false)).toEqual([1, 3, 5]);
    expect(groupBy([], (n: number) => n).size).toBe(0);
  });
});
