import { describe, expect, it } from "vitest";
import { rankBy } from "./score";
import { type Bounded, topByBound } from "./top-by-bound";

type Item = { id: string; score: number | null; bound: number };

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Items whose bound is their score plus up to `slack` (some exactly their score). */
function items(count: number, slack: number, seed: number): Item[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const score = Math.floor(rnd() * 20) * 10;
    return {
      id: `i${String(i).padStart(4, "0")}`,
      score: rnd() < 0.05 ? null : score,
      bound: score + (rnd() < 0.3 ? 0 : Math.floor(rnd() * slack)),
    };
  });
}

/** What the database does: best bound first, ties by id, `limit` of them, and the count. */
function reader(all: Item[]) {
  const limits: number[] = [];
  const sorted = [...all].sort((a, b) => b.bound - a.bound || (a.id < b.id ? -1 : 1));
  const read = async (limit: number): Promise<Bounded<Item>> => {
    limits.push(limit);
    return {
      rows: sorted.slice(0, limit).map((item) => ({ item, bound: item.bound })),
      total: all.length,
    };
  };
  return { read, limits };
}

const exact = (item: Item) => item.score;

describe("the best of a ranking read best bound first", () => {
  it("is exactly the full ranking's best, whatever was asked and however little is read at first", async () => {
    for (const seed of [1, 2, 3])
      for (const slack of [0, 30, 300])
        for (const want of [1, 10, 30, 500])
          for (const first of [1, 7, 40, 1_000]) {
            const all = items(400, slack, seed);
            const full = rankBy(all, exact);
            const { read } = reader(all);
            const { ranked, total } = await topByBound(want, read, exact, first);
            expect(total).toBe(all.length);
            expect(ranked).toEqual(full.slice(0, want));
          }
  });

  it("stops reading once the last row wanted scores above every bound left, and reads more while it does not", async () => {
    // Distinct scores, bounds equal to them: the first ten read are the ten best.
    const tight = reader(
      Array.from({ length: 400 }, (_, i) => ({ id: `i${i}`, score: i, bound: i })),
    );
    await topByBound(10, tight.read, exact, 20);
    expect(tight.limits).toEqual([20]);
    // A bound that says nothing (every item could score the most): everything is read.
    const loose = reader(items(400, 0, 5).map((i) => ({ ...i, bound: 1_000 })));
    await topByBound(10, loose.read, exact, 20);
    expect(loose.limits).toEqual([20, 80, 320, 1_280]);
  });

  it("on a tie with the bound of the last read, stops only when no item read after it could come first by id", async () => {
    const run = async (all: Item[], want: number, first: number) => {
      const { read, limits } = reader(all);
      const { ranked } = await topByBound(want, read, exact, first);
      expect(ranked).toEqual(rankBy(all, exact).slice(0, want));
      return limits;
    };
    // Read a, b (bound 100 each); b scores 100 and c, unread, cannot precede it by id.
    const after: Item[] = [
      { id: "a", score: 50, bound: 100 },
      { id: "b", score: 100, bound: 100 },
      { id: "c", score: 100, bound: 100 },
    ];
    expect(await run(after, 1, 2)).toEqual([2]);
    // z scores 100 with a higher bound; b, unread, scores as much and comes first by id.
    const before: Item[] = [
      { id: "z", score: 100, bound: 120 },
      { id: "a", score: 0, bound: 100 },
      { id: "b", score: 100, bound: 100 },
    ];
    expect(await run(before, 1, 2)).toEqual([2, 8]);
  });

  it("returns all there is, and the count, when fewer fit than the page wants or none do", async () => {
    const few = items(7, 50, 6);
    const { ranked, total } = await topByBound(10, reader(few).read, exact, 3);
    expect(total).toBe(7);
    expect(ranked).toEqual(rankBy(few, exact));
    expect(await topByBound(10, reader([]).read, exact)).toEqual({ ranked: [], total: 0 });
  });
});
