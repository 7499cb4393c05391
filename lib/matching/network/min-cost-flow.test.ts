import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MatchingProblem, maxWeightMatching } from "./min-cost-flow";

/** Requests with many offers each (more than the first solve takes), coarse weights. */
const denseProblem = fc
  .record({
    requestCount: fc.integer({ min: 5, max: 40 }),
    offerCount: fc.integer({ min: 2, max: 14 }),
    seed: fc.integer(),
    step: fc.constantFrom(1, 25, 100),
  })
  .map(({ requestCount, offerCount, seed, step }): MatchingProblem => {
    let state = seed >>> 0;
    const pick = (k: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % k;
    };
    const edgeStart = [0];
    const edgeOffer: number[] = [];
    const weight: number[] = [];
    const tie: number[] = [];
    for (let r = 0; r < requestCount; r++) {
      const offers = Array.from({ length: offerCount }, (_, j) => j).filter(() => pick(3) > 0);
      for (const j of offers) {
        edgeOffer.push(j);
        weight.push(step * Math.floor(pick(1001) / step) - 50);
        tie.push(pick(20));
      }
      edgeStart.push(edgeOffer.length);
    }
    return {
      requestCount,
      offerCount,
      capacity: Array.from({ length: offerCount }, () => pick(4)),
      edgeStart,
      edgeOffer,
      weight,
      preferFewer: true,
      tie,
    };
  });

/** What the solver maximises, in its order: Σ weight, then fewer edges, then Σ tie. */
function rank(problem: MatchingProblem, chosen: Int32Array) {
  const held = new Array<number>(problem.offerCount).fill(0);
  let weight = 0;
  let edges = 0;
  let tie = 0;
  for (let r = 0; r < problem.requestCount; r++) {
    const e = chosen[r] as number;
    if (e < 0) continue;
    expect(e).toBeGreaterThanOrEqual(problem.edgeStart[r] as number);
    expect(e).toBeLessThan(problem.edgeStart[r + 1] as number);
    const j = problem.edgeOffer[e] as number;
    held[j] = (held[j] as number) + 1;
    expect(held[j]).toBeLessThanOrEqual(problem.capacity[j] as number);
    weight += problem.weight[e] as number;
    edges++;
    tie += problem.tie?.[e] as number;
  }
  return { weight, edges, tie };
}

describe("maxWeightMatching solved on each request's best edges first", () => {
  it("equals the solve of the whole graph however few edges the first solve takes", () => {
    fc.assert(
      fc.property(denseProblem, fc.integer({ min: 1, max: 4 }), (problem, coreEdges) => {
        const whole = rank(problem, maxWeightMatching(problem, Number.POSITIVE_INFINITY));
        expect(rank(problem, maxWeightMatching(problem, coreEdges))).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });
});
