import { maxWeightMatching } from "./min-cost-flow";

export type NetworkRequest = { id: string };
export type NetworkOffer = { id: string; free: number };
export type NetworkEdge = { requestId: string; offerId: string; score: number };
export type NetworkAssignment = { requestId: string; offerId: string; score: number };
export type NetworkSolution = {
  /** Sorted by requestId. */
  assignments: NetworkAssignment[];
  /** Sorted. */
  unmatchedRequestIds: string[];
  /** Σ score of the assignments. */
  totalScore: number;
  /** totalScore − penalty × unmatched requests. */
  objective: number;
};
export type NetworkInput = {
  requests: NetworkRequest[];
  offers: NetworkOffer[];
  edges: NetworkEdge[];
  penalty: number;
};

export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Network-wide matching's input in compact form, as the solver reads it: ids unique and
 * sorted (compareIds), edges by request (CSR: request r's are edgeStart[r] … edgeStart[r + 1]
 * − 1), each request's offers ascending and once, integer scores. Millions of edges cost
 * 12 bytes each here, against an object each in `NetworkInput`.
 */
export type NetworkGraph = {
  requestIds: string[];
  offerIds: string[];
  /** Free places per offer. */
  free: ArrayLike<number>;
  edgeStart: Int32Array;
  edgeOffer: Int32Array;
  score: Float64Array;
};

/**
 * Network-wide matching: each request gets at most one offer, each offer at most `free`
 * requests, maximising Σ score − penalty × unmatched exactly. The result depends only on
 * the sets given, never on their order. Among equal optima it takes the fewest matches
 * (with a positive penalty: the highest Σ score), then the largest Σ over the pairs of
 * (R − 1 − request's rank) + (O − 1 − offer's rank) in id order, i.e. smaller ids; the
 * last rule needs the exact integer range and holds up to several hundred requests.
 */
export function solveNetwork(input: NetworkInput): NetworkSolution {
  checkPenalty(input.penalty);
  // Canonical order: everything below is indexed by sorted ids.
  const requestIds = [...new Set(input.requests.map((r) => r.id))].sort(compareIds);
  const freeById = new Map<string, number>();
  for (const { id, free } of input.offers) {
    const places = Number.isNaN(free) ? 0 : Math.floor(free);
    // A repeated offer id keeps its largest free count, whatever the order.
    if (places > (freeById.get(id) ?? 0)) freeById.set(id, places);
  }
  const offerIds = [...freeById.keys()].sort(compareIds);
  const requestIndex = new Map(requestIds.map((id, i) => [id, i]));
  const offerIndex = new Map(offerIds.map((id, i) => [id, i]));
  const free = Float64Array.from(offerIds, (id) => freeById.get(id) ?? 0);
  const edges = collectEdges(input, requestIndex, offerIndex);
  return solveGraph({ requestIds, offerIds, free, ...edges }, input.penalty);
}

/** `solveNetwork` on a graph already in compact form (see `NetworkGraph`). */
export function solveGraph(graph: NetworkGraph, penalty: number): NetworkSolution {
  checkPenalty(penalty);
  const { requestIds, offerIds, edgeStart, edgeOffer, score } = graph;
  const R = requestIds.length;
  const O = offerIds.length;

  // With Σ (score + penalty) fixed, fewer matches means a higher Σ score: the solver's
  // preferFewer. Then smaller request and offer ids, as the tie key. Edges worth no more
  // than leaving their request unmatched (weight ≤ 0) are never used.
  const edgeCount = edgeOffer.length;
  const weight = new Float64Array(edgeCount);
  const byId = new Float64Array(edgeCount);
  for (let r = 0; r < R; r++) {
    for (let e = edgeStart[r] as number; e < (edgeStart[r + 1] as number); e++) {
      weight[e] = (score[e] as number) + penalty;
      byId[e] = R - 1 - r + (O - 1 - (edgeOffer[e] as number));
    }
  }

  const chosen = maxWeightMatching({
    requestCount: R,
    offerCount: O,
    capacity: graph.free,
    edgeStart,
    edgeOffer,
    weight,
    preferFewer: true,
    tie: byId,
  });

  const assignments: NetworkAssignment[] = [];
  const unmatchedRequestIds: string[] = [];
  let totalScore = 0;
  for (let r = 0; r < R; r++) {
    const e = chosen[r] as number;
    const requestId = requestIds[r] as string;
    if (e < 0) {
      unmatchedRequestIds.push(requestId);
      continue;
    }
    const s = score[e] as number;
    assignments.push({ requestId, offerId: offerIds[edgeOffer[e] as number] as string, score: s });
    totalScore += s;
  }
  const objective = totalScore - penalty * unmatchedRequestIds.length;
  return { assignments, unmatchedRequestIds, totalScore, objective };
}

function checkPenalty(penalty: number) {
  if (!Number.isInteger(penalty) || penalty < 0 || penalty > 1000) {
    throw new RangeError("penalty must be an integer in [0, 1000]");
  }
}

/**
 * The usable edges in CSR form by request index, each request's offers ascending: unknown
 * ids dropped, edges not worth more than leaving the request unmatched dropped, repeated
 * pairs kept once with their best score.
 */
function collectEdges(
  input: NetworkInput,
  requestIndex: Map<string, number>,
  offerIndex: Map<string, number>,
) {
  const R = requestIndex.size;
  const n = input.edges.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const points = new Float64Array(n);
  let kept = 0;
  let lastId: string | undefined;
  let lastIndex: number | undefined;
  for (const { requestId, offerId, score } of input.edges) {
    // Edges usually come grouped by request: skip the repeated lookup.
    if (requestId !== lastId) {
      lastId = requestId;
      lastIndex = requestIndex.get(requestId);
    }
    const o = offerIndex.get(offerId);
    if (lastIndex === undefined || o === undefined) continue;
    if (!Number.isSafeInteger(score)) throw new RangeError("scores must be integers");
    if (score + input.penalty <= 0) continue; // never better than leaving it unmatched
    from[kept] = lastIndex;
    to[kept] = o;
    points[kept++] = score;
  }
  // Counting sort by request, then by offer within each request.
  const start = new Int32Array(R + 1);
  for (let k = 0; k < kept; k++) {
    const next = (from[k] as number) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let r = 0; r < R; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const order = new Int32Array(kept);
  const fill = start.slice(0, R);
  for (let k = 0; k < kept; k++) {
    const r = from[k] as number;
    order[fill[r] as number] = k;
    fill[r] = (fill[r] as number) + 1;
  }
  const edgeStart = new Int32Array(R + 1);
  const edgeOffer = new Int32Array(kept);
  const score = new Float64Array(kept);
  let out = 0;
  for (let r = 0; r < R; r++) {
    const lo = start[r] as number;
    const hi = start[r + 1] as number;
    if (hi - lo > 16) order.subarray(lo, hi).sort((a, b) => (to[a] as number) - (to[b] as number));
    for (let i = lo + 1; i < hi && hi - lo <= 16; i++) {
      const k = order[i] as number;
      let at = i;
      while (at > lo && (to[order[at - 1] as number] as number) > (to[k] as number)) {
        order[at] = order[at - 1] as number;
        at--;
      }
      order[at] = k;
    }
    const first = out;
    for (let i = lo; i < hi; i++) {
      const k = order[i] as number;
      if (out > first && edgeOffer[out - 1] === to[k]) {
        score[out - 1] = Math.max(score[out - 1] as number, points[k] as number);
        continue;
      }
      edgeOffer[out] = to[k] as number;
      score[out++] = points[k] as number;
    }
    edgeStart[r + 1] = out;
  }
  return { edgeStart, edgeOffer: edgeOffer.subarray(0, out), score: score.subarray(0, out) };
}
