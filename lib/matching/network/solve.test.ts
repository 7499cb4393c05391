import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NetworkEdge, type NetworkInput, type NetworkSolution, solveNetwork } from "./solve";

const requests = (...ids: string[]) => ids.map((id) => ({ id }));
const edge = (requestId: string, offerId: string, score: number): NetworkEdge => ({
  requestId,
  offerId,
  score,
});
const pairs = (solution: NetworkSolution) =>
  solution.assignments.map((a) => `${a.requestId}-${a.offerId}`);

describe("solveNetwork on hand-made cases", () => {
  it("gives up the greedy first pick when capacity makes it cost more elsewhere", () => {
    const solution = solveNetwork({
      requests: requests("r1", "r2"),
      offers: [
        { id: "a", free: 1 },
        { id: "b", free: 1 },
      ],
      // Greedy takes r1-a (100) and is left with r2-b (10): 110. Optimal: 90 + 95.
      edges: [edge("r1", "a", 100), edge("r1", "b", 90), edge("r2", "a", 95), edge("r2", "b", 10)],
      penalty: 0,
    });
    expect(pairs(solution)).toEqual(["r1-b", "r2-a"]);
    expect(solution.totalScore).toBe(185);
    expect(solution.objective).toBe(185);
  });

  it("trades one great match for two good ones once leaving a request out costs enough", () => {
    const input = (penalty: number): NetworkInput => ({
      requests: requests("r1", "r2"),
      offers: [
        { id: "a", free: 1 },
        { id: "b", free: 1 },
      ],
      edges: [edge("r1", "a", 900), edge("r1", "b", 350), edge("r2", "a", 500)],
      penalty,
    });
    const alone = solveNetwork(input(0));
    expect(pairs(alone)).toEqual(["r1-a"]);
    expect(alone.unmatchedRequestIds).toEqual(["r2"]);
    expect(alone.objective).toBe(900);
    const both = solveNetwork(input(100));
    expect(pairs(both)).toEqual(["r1-b", "r2-a"]);
    expect(both.objective).toBe(850);
  });

  it("uses a negative score only while it beats the penalty", () => {
    const input = (penalty: number): NetworkInput => ({
      requests: requests("r1"),
      offers: [{ id: "a", free: 1 }],
      edges: [edge("r1", "a", -50)],
      penalty,
    });
    expect(solveNetwork(input(100))).toEqual({
      assignments: [{ requestId: "r1", offerId: "a", score: -50 }],
      unmatchedRequestIds: [],
      totalScore: -50,
      objective: -50,
    });
    // Equal to the penalty: not worth it.
    expect(solveNetwork(input(50)).assignments).toEqual([]);
    expect(solveNetwork(input(30)).objective).toBe(-30);
  });

  it("never places a request on an offer without free places", () => {
    const solution = solveNetwork({
      requests: requests("r1", "r2"),
      offers: [
        { id: "full", free: 0 },
        { id: "gone", free: -2 },
        { id: "open", free: 1 },
      ],
      edges: [edge("r1", "full", 900), edge("r2", "gone", 900), edge("r1", "open", 10)],
      penalty: 5,
    });
    expect(pairs(solution)).toEqual(["r1-open"]);
    expect(solution.unmatchedRequestIds).toEqual(["r2"]);
    expect(solution.objective).toBe(5);
  });

  it("handles empty inputs without error", () => {
    const none = { assignments: [], unmatchedRequestIds: [], totalScore: 0, objective: 0 };
    expect(solveNetwork({ requests: [], offers: [], edges: [], penalty: 7 })).toEqual(none);
    expect(
      solveNetwork({ requests: requests("r2", "r1"), offers: [], edges: [], penalty: 7 }),
    ).toEqual({ ...none, unmatchedRequestIds: ["r1", "r2"], objective: -14 });
    expect(
      solveNetwork({
        requests: requests("r1"),
        offers: [{ id: "a", free: 3 }],
        edges: [],
        penalty: 0,
      }),
    ).toEqual({ ...none, unmatchedRequestIds: ["r1"] });
  });

  it("keeps the best of repeated edges and ignores unknown ids and repeated entries", () => {
    const solution = solveNetwork({
      requests: requests("r1", "r1", "r2"),
      offers: [
        { id: "a", free: 0 },
        { id: "a", free: 1 },
      ],
      edges: [
        edge("r1", "a", 100),
        edge("r1", "a", 300),
        edge("r1", "a", 200),
        edge("r2", "a", 250),
        edge("ghost", "a", 1000),
        edge("r2", "nowhere", 1000),
      ],
      penalty: 0,
    });
    expect(solution.assignments).toEqual([{ requestId: "r1", offerId: "a", score: 300 }]);
    expect(solution.unmatchedRequestIds).toEqual(["r2"]);
  });

  it("rejects a penalty outside the integers 0–1000 and non-integer scores", () => {
    const base = { requests: requests("r1"), offers: [{ id: "a", free: 1 }], edges: [] };
    for (const penalty of [-1, 1001, 2.5, Number.NaN]) {
      expect(() => solveNetwork({ ...base, penalty })).toThrow(RangeError);
    }
    expect(() => solveNetwork({ ...base, edges: [edge("r1", "a", 1.5)], penalty: 0 })).toThrow(
      RangeError,
    );
  });

  it("breaks ties the same way every time: fewer, better matches, then smaller ids", () => {
    // 600 either way: one match at 700 (r2 unmatched) or two at 300. The single one wins.
    const fewer = solveNetwork({
      requests: requests("r1", "r2"),
      offers: [
        { id: "a", free: 1 },
        { id: "b", free: 1 },
      ],
      edges: [edge("r2", "a", 300), edge("r1", "b", 300), edge("r1", "a", 700)],
      penalty: 100,
    });
    expect(pairs(fewer)).toEqual(["r1-a"]);
    const contested = {
      offers: [{ id: "a", free: 1 }],
      edges: [edge("r9", "a", 400), edge("r1", "a", 400), edge("r5", "a", 400)],
      penalty: 0,
    };
    expect(pairs(solveNetwork({ ...contested, requests: requests("r9", "r5", "r1") }))).toEqual([
      "r1-a",
    ]);
    const twoOffers = {
      requests: requests("r1"),
      edges: [edge("r1", "z", 400), edge("r1", "m", 400)],
      penalty: 0,
    };
    const offers = [
      { id: "z", free: 1 },
      { id: "m", free: 1 },
    ];
    expect(pairs(solveNetwork({ ...twoOffers, offers }))).toEqual(["r1-m"]);
    expect(pairs(solveNetwork({ ...twoOffers, offers: [...offers].reverse() }))).toEqual(["r1-m"]);
  });
});

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The instance as the solver reads it: unique requests, offers with places, best edges. */
function canonical(input: NetworkInput) {
  const requestIds = [...new Set(input.requests.map((r) => r.id))].sort(byId);
  const free = new Map<string, number>();
  for (const o of input.offers) {
    if (Math.floor(o.free) > (free.get(o.id) ?? 0)) free.set(o.id, Math.floor(o.free));
  }
  const offerIds = [...free.keys()].sort(byId);
  const best = new Map<string, NetworkEdge>();
  for (const e of input.edges) {
    if (!requestIds.includes(e.requestId) || !free.has(e.offerId)) continue;
    const key = `${e.requestId}\n${e.offerId}`;
    if ((best.get(key)?.score ?? Number.NEGATIVE_INFINITY) < e.score) best.set(key, e);
  }
  return { requestIds, offerIds, free, edges: [...best.values()] };
}

/** Objective, then fewer matches, then the smaller-ids preference the solver documents. */
function rank(input: NetworkInput, assignments: { requestId: string; offerId: string }[]) {
  const { requestIds, offerIds } = canonical(input);
  const R = requestIds.length;
  const O = offerIds.length;
  let ids = 0;
  for (const a of assignments) {
    ids += R - 1 - requestIds.indexOf(a.requestId) + (O - 1 - offerIds.indexOf(a.offerId));
  }
  return { matches: assignments.length, ids };
}

/** Exhaustive search over every feasible assignment; the lexicographically best key. */
function bruteForce(input: NetworkInput) {
  const { requestIds, free, edges } = canonical(input);
  const left = new Map(free);
  const chosen: NetworkEdge[] = [];
  let best = { objective: Number.NEGATIVE_INFINITY, matches: 0, ids: 0 };
  const visit = (i: number) => {
    if (i === requestIds.length) {
      const total = chosen.reduce((sum, e) => sum + e.score, 0);
      const objective = total - input.penalty * (requestIds.length - chosen.length);
      const key = { objective, ...rank(input, chosen) };
      if (
        key.objective > best.objective ||
        (key.objective === best.objective &&
          (key.matches < best.matches || (key.matches === best.matches && key.ids > best.ids)))
      ) {
        best = key;
      }
      return;
    }
    visit(i + 1);
    for (const e of edges) {
      if (e.requestId !== requestIds[i] || (left.get(e.offerId) ?? 0) === 0) continue;
      left.set(e.offerId, (left.get(e.offerId) ?? 0) - 1);
      chosen.push(e);
      visit(i + 1);
      chosen.pop();
      left.set(e.offerId, (left.get(e.offerId) ?? 0) + 1);
    }
  };
  visit(0);
  return best;
}

/** Checks the solution is feasible, uses given edges at their best score, adds up. */
function expectFeasible(input: NetworkInput, solution: NetworkSolution) {
  const { requestIds, free, edges } = canonical(input);
  const score = new Map(edges.map((e) => [`${e.requestId}\n${e.offerId}`, e.score]));
  const used = new Map<string, number>();
  const matched = solution.assignments.map((a) => a.requestId);
  expect(new Set(matched).size).toBe(matched.length);
  for (const a of solution.assignments) {
    expect(a.score).toBe(score.get(`${a.requestId}\n${a.offerId}`));
    used.set(a.offerId, (used.get(a.offerId) ?? 0) + 1);
  }
  for (const [offerId, n] of used) expect(n).toBeLessThanOrEqual(free.get(offerId) ?? 0);
  expect(matched).toEqual([...matched].sort(byId));
  expect([...matched, ...solution.unmatchedRequestIds].sort(byId)).toEqual(requestIds);
  expect(solution.unmatchedRequestIds).toEqual([...solution.unmatchedRequestIds].sort(byId));
  const total = solution.assignments.reduce((sum, a) => sum + a.score, 0);
  expect(solution.totalScore).toBe(total);
  expect(solution.objective).toBe(total - input.penalty * solution.unmatchedRequestIds.length);
}

function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Small random instances: ≤ 7 requests, ≤ 4 offers, sparse edges, some repeated. */
const smallInstance = fc
  .record({
    requestCount: fc.integer({ min: 0, max: 7 }),
    free: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 4 }),
    scores: fc.array(fc.option(fc.integer({ min: -100, max: 1000 }), { freq: 2 }), {
      minLength: 28,
      maxLength: 28,
    }),
    repeats: fc.array(fc.tuple(fc.nat(27), fc.integer({ min: -100, max: 1000 })), {
      maxLength: 3,
    }),
    coarse: fc.boolean(),
    penalty: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ requestCount, free, scores, repeats, coarse, penalty }): NetworkInput => {
    // Coarse scores (multiples of 100) make many equal optima, to exercise the tie-breaks.
    const at = (s: number) => (coarse ? Math.round(s / 100) * 100 : s) + 0; // never −0
    const edges: NetworkEdge[] = [];
    const cell = (i: number, score: number) => {
      const r = Math.floor(i / 4);
      const o = i % 4;
      if (r < requestCount && o < free.length) edges.push(edge(`r${r}`, `o${o}`, at(score)));
    };
    for (const [i, s] of scores.entries()) if (s !== null) cell(i, s);
    for (const [i, s] of repeats) cell(i, s);
    return {
      requests: Array.from({ length: requestCount }, (_, r) => ({ id: `r${r}` })),
      offers: free.map((f, o) => ({ id: `o${o}`, free: f })),
      edges,
      penalty,
    };
  });

describe("solveNetwork against exhaustive search", () => {
  it("finds the optimum, breaks ties as documented and ignores input order", () => {
    fc.assert(
      fc.property(smallInstance, fc.integer(), (input, seed) => {
        const solution = solveNetwork(input);
        expectFeasible(input, solution);
        const best = bruteForce(input);
        expect({ objective: solution.objective, ...rank(input, solution.assignments) }).toEqual(
          best,
        );
        const reordered = solveNetwork({
          requests: shuffled(input.requests, seed),
          offers: shuffled(input.offers, seed + 1),
          edges: shuffled(input.edges, seed + 2),
          penalty: input.penalty,
        });
        expect(reordered).toEqual(solution);
      }),
      { numRuns: 600 },
    );
  });
});

/**
 * Independent exact optimum: successive shortest paths with Bellman–Ford (slow, simple)
 * on source → request → offer → sink, costs −(score + penalty), while a path gains.
 */
function shortestPathsOptimum(input: NetworkInput): number {
  const { requestIds, offerIds, free, edges } = canonical(input);
  const R = requestIds.length;
  const n = R + offerIds.length + 2;
  const [source, sink] = [n - 2, n - 1];
  const to: number[] = [];
  const room: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: n }, () => []);
  const arc = (u: number, v: number, c: number, w: number) => {
    for (const [a, b, r, x] of [
      [u, v, c, w],
      [v, u, 0, -w],
    ] as const) {
      out[a]?.push(to.length);
      to.push(b);
      room.push(r);
      cost.push(x);
    }
  };
  for (let r = 0; r < R; r++) arc(source, r, 1, 0);
  for (const [o, id] of offerIds.entries()) arc(R + o, sink, free.get(id) ?? 0, 0);
  for (const e of edges) {
    arc(
      requestIds.indexOf(e.requestId),
      R + offerIds.indexOf(e.offerId),
      1,
      -(e.score + input.penalty),
    );
  }
  let gained = 0;
  for (;;) {
    const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(n).fill(-1);
    dist[source] = 0;
    for (let round = 0; round < n; round++) {
      for (let a = 0; a < to.length; a++) {
        const u = to[a ^ 1] as number;
        const v = to[a] as number;
        if (
          (room[a] as number) > 0 &&
          (dist[u] as number) + (cost[a] as number) < (dist[v] as number)
        ) {
          dist[v] = (dist[u] as number) + (cost[a] as number);
          via[v] = a;
        }
      }
    }
    if (!((dist[sink] as number) < 0)) break;
    for (let v = sink; v !== source; v = to[(via[v] as number) ^ 1] as number) {
      room[via[v] as number] = (room[via[v] as number] as number) - 1;
      room[(via[v] as number) ^ 1] = (room[(via[v] as number) ^ 1] as number) + 1;
    }
    gained -= dist[sink] as number;
  }
  return gained - input.penalty * R;
}

/** Medium instances with coarse scores: long reverse runs and global price updates. */
const mediumInstance = fc
  .record({
    requestCount: fc.integer({ min: 10, max: 60 }),
    offerCount: fc.integer({ min: 3, max: 15 }),
    seed: fc.integer(),
    step: fc.constantFrom(1, 50, 100, 250),
    penalty: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ requestCount, offerCount, seed, step, penalty }): NetworkInput => {
    let state = seed >>> 0;
    const pick = (k: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % k;
    };
    const edges: NetworkEdge[] = [];
    for (let r = 0; r < requestCount; r++) {
      for (let k = 1 + pick(6); k > 0; k--) {
        edges.push(
          edge(`r${r}`, `o${pick(offerCount)}`, step * Math.floor(pick(1101) / step) - 100),
        );
      }
    }
    return {
      requests: Array.from({ length: requestCount }, (_, r) => ({ id: `r${r}` })),
      offers: Array.from({ length: offerCount }, (_, o) => ({ id: `o${o}`, free: pick(4) })),
      edges,
      penalty,
    };
  });

describe("solveNetwork against successive shortest paths", () => {
  it("matches the optimum on medium instances", () => {
    fc.assert(
      fc.property(mediumInstance, (input) => {
        const solution = solveNetwork(input);
        expectFeasible(input, solution);
        expect(solution.objective).toBe(shortestPathsOptimum(input));
      }),
      { numRuns: 60 },
    );
  });
});
