/**
 * Exact maximum-weight bipartite b-matching (the transportation form of min-cost flow):
 * each request takes at most one offer, offer j at most capacity[j] requests; maximise
 * Σ weight, then, among those optima only, the tie-breaks.
 *
 * Algorithm: ε-scaling auction (Bertsekas) for the asymmetric problem. Requests bid for
 * offers; each offer has one price that all its holders pay. Every request also has a
 * private "unmatched" option worth 0 that nobody else can take, so it needs no price. A
 * phase runs a forward auction that places every bidder (prices only rise), then a reverse
 * auction that brings every offer with a free place down to price 0 or fills it (prices
 * only fall), with a global price update when that would take long. Phases divide ε by 8
 * down to 1; each keeps the previous assignment wherever it still satisfies ε-CS. The
 * auction first runs on each request's few best edges and the rest are checked against its
 * prices afterwards (solveByCore), which is what keeps dense graphs fast.
 *
 * ε-CS: every bidder's profit (value − price, or 0 unmatched) is within ε of its best
 * option. Exactness: with π_i each bidder's best option and D = Σ π_i + Σ_j capacity_j·p_j
 * (an upper bound on the optimum by LP duality: π_i ≥ 0, π_i + p_j ≥ a_ij, p_j ≥ 0), a
 * phase ends with ε-CS and p_j = 0 wherever a place is free, so D − found ≤ P·ε for P
 * bidders. Values are scaled by (P + 1) and the last phase has ε = 1: the gap is below
 * one unscaled unit of an integer objective, hence zero.
 *
 * Number range: a bid prices an offer at most at a − v2 + ε with v2 ≥ 0 (the private
 * option), and the reverse auction and price updates only lower prices, never below 0.
 * Prices stay in [0, A + ε] and profits in [−ε, A], A the largest value, and A ≤ 2^51 is
 * checked, so every sum and difference below is an exact integer in a Float64.
 */

export type MatchingProblem = {
  requestCount: number;
  offerCount: number;
  /** Places per offer; non-integers are floored, values ≤ 0 take no request. */
  capacity: ArrayLike<number>;
  /** CSR by request: request r's edges are edgeStart[r] … edgeStart[r + 1] − 1. */
  edgeStart: ArrayLike<number>;
  edgeOffer: ArrayLike<number>;
  /** Integer weights; edges with weight ≤ 0 are never used. */
  weight: ArrayLike<number>;
  /** Among maximum-weight matchings, prefer one with fewer edges. */
  preferFewer?: boolean;
  /** Then prefer a larger Σ tie over the chosen edges (non-negative integers). */
  tie?: ArrayLike<number>;
};

const LIMIT = 2 ** 51;
const ALPHA = 8;
const WAITING = -2;
const UNMATCHED = -1;
/** Edges per request in the first solve (see solveByCore); tests pass fewer. */
const CORE_EDGES = 16;

/**
 * For each request, the index of its chosen edge or −1: the exact maximum of Σ weight,
 * then (as far as the safe integer range allows, see perturbedWeights) the fewest edges,
 * then the largest Σ tie.
 */
export function maxWeightMatching(problem: MatchingProblem, coreEdges = CORE_EDGES): Int32Array {
  const { requestCount, offerCount, capacity, edgeStart, edgeOffer, weight } = problem;
  const result = new Int32Array(requestCount).fill(-1);
  const edgeTotal = edgeStart[requestCount] as number;

  // An offer never holds more requests than it has usable edges.
  const degree = new Int32Array(offerCount);
  for (let e = 0; e < edgeTotal; e++) {
    const j = edgeOffer[e] as number;
    if ((weight[e] as number) > 0) degree[j] = (degree[j] as number) + 1;
  }
  const cap = new Int32Array(offerCount);
  for (let j = 0; j < offerCount; j++) {
    const c = Math.floor(capacity[j] as number);
    cap[j] = c > 0 ? Math.min(c, degree[j] as number) : 0;
  }

  // Bidders: requests with a usable edge, in request order. The order never changes the
  // optimum; it fixes which of several equal optima comes out.
  const usable = new Int32Array(edgeTotal);
  const bidderStart = new Int32Array(requestCount + 1);
  const bidderRequest = new Int32Array(requestCount);
  let edges = 0;
  let bidders = 0;
  let maxWeight = 0;
  for (let r = 0; r < requestCount; r++) {
    const first = edges;
    for (let e = edgeStart[r] as number; e < (edgeStart[r + 1] as number); e++) {
      const w = weight[e] as number;
      if (!(w > 0) || cap[edgeOffer[e] as number] === 0) continue;
      if (!Number.isSafeInteger(w)) throw new RangeError("weights must be integers");
      usable[edges++] = e;
      maxWeight = Math.max(maxWeight, w);
    }
    if (edges > first) {
      bidderRequest[bidders++] = r;
      bidderStart[bidders] = edges;
    }
  }
  if (bidders === 0) return result;

  const scale = bidders + 1;
  let places = 0;
  for (let j = 0; j < offerCount; j++) places += cap[j] as number;
  if (scale * maxWeight > LIMIT) throw new RangeError("weights too large for an exact solve");
  const chosen = usable.subarray(0, edges);
  const value = perturbedWeights(problem, chosen, scale, maxWeight, Math.min(bidders, places));
  for (let k = 0; k < edges; k++) value[k] = scale * (value[k] as number);
  const offerOf = new Int32Array(edges);
  for (let k = 0; k < edges; k++) offerOf[k] = edgeOffer[chosen[k] as number] as number;
  const held = solveByCore(bidderStart.subarray(0, bidders + 1), offerOf, value, cap, coreEdges);
  for (let b = 0; b < bidders; b++) {
    const k = held[b] as number;
    if (k >= 0) result[bidderRequest[b] as number] = chosen[k] as number;
  }
  return result;
}

/**
 * Solves on each bidder's `coreEdges` best edges first, then checks every edge left out
 * against the final prices: an edge worth at most its bidder's profit plus the offer's
 * price plus ε keeps ε-CS, and if every left-out edge does, the prices and profits bound
 * the whole problem as they bound the core (same bidders, same places, a free place still
 * at price 0), so the core's assignment is exact for the whole graph. Edges that fail the
 * check join the core and it is solved again. On dense graphs (thousands of compatible
 * offers a request) a bidder's best few edges nearly always hold its optimum.
 * Returns each bidder's edge (an index into `offer`) or −1.
 */
function solveByCore(
  start: Int32Array,
  offer: Int32Array,
  value: Float64Array,
  cap: Int32Array,
  coreEdges: number,
): Int32Array {
  const bidders = start.length - 1;
  const inCore = bestEdges(start, value, coreEdges);
  for (;;) {
    const core = subgraph(start, offer, value, inCore);
    const st = buildAuction(core.start, core.offer, core.value, cap);
    runAuction(st);
    let added = 0;
    for (let b = 0; b < bidders; b++) {
      const limit = profitOf(st, b) + 1;
      for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
        if (inCore[k] === 1) continue;
        if ((value[k] as number) - (st.price[offer[k] as number] as number) > limit) {
          inCore[k] = 1;
          added++;
        }
      }
    }
    if (added === 0) {
      return Int32Array.from(st.held, (j, b) =>
        j >= 0 ? (core.edge[st.heldEdge[b] as number] as number) : -1,
      );
    }
  }
}

/** Marks each bidder's `count` most valuable edges (the first ones among equals). */
function bestEdges(start: Int32Array, value: Float64Array, count: number): Uint8Array {
  const keep = new Uint8Array(value.length);
  // A min-heap of the `count` most valuable edges seen, by value: its root is the threshold.
  const heap = new Int32Array(Math.max(0, Math.min(count, value.length)));
  const heapPos = new Int32Array(value.length);
  for (let b = 0; b + 1 < start.length; b++) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (to - from <= count) {
      keep.fill(1, from, to);
      continue;
    }
    let n = 0;
    for (let k = from; k < to; k++) {
      if (n < count) {
        heap[n] = k;
        siftUp(heap, heapPos, value, 0, n++);
      } else if ((value[k] as number) > (value[heap[0] as number] as number)) {
        heap[0] = k;
        siftDown(heap, heapPos, value, 0, n, 0);
      }
    }
    const threshold = value[heap[0] as number] as number;
    let kept = 0;
    for (let k = from; k < to; k++) {
      if ((value[k] as number) > threshold) {
        keep[k] = 1;
        kept++;
      }
    }
    for (let k = from; k < to && kept < count; k++) {
      if (value[k] === threshold) {
        keep[k] = 1;
        kept++;
      }
    }
  }
  return keep;
}

/** The edges marked in `keep`, in CSR form by bidder, with each one's index in the whole. */
function subgraph(start: Int32Array, offer: Int32Array, value: Float64Array, keep: Uint8Array) {
  let total = 0;
  for (const k of keep) total += k;
  if (total === keep.length) {
    return { start, offer, value, edge: Int32Array.from({ length: total }, (_, k) => k) };
  }
  const bidders = start.length - 1;
  const sub = {
    start: new Int32Array(bidders + 1),
    offer: new Int32Array(total),
    value: new Float64Array(total),
    edge: new Int32Array(total),
  };
  let at = 0;
  for (let b = 0; b < bidders; b++) {
    for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
      if (keep[k] === 0) continue;
      sub.offer[at] = offer[k] as number;
      sub.value[at] = value[k] as number;
      sub.edge[at++] = k;
    }
    sub.start[b + 1] = at;
  }
  return sub;
}

/** The ε-scaling phases, from ε = the largest value / 8 down to 1 (see the top). */
function runAuction(st: Auction): void {
  const bidders = st.held.length;
  const reverseBudget = st.offer.length;
  let maxValue = 0;
  for (const v of st.value) maxValue = Math.max(maxValue, v);
  let eps = Math.max(1, Math.floor(maxValue / ALPHA));
  let waiting = bidders;
  for (let b = 0; b < bidders; b++) st.queue[b] = b;
  for (;;) {
    forwardAuction(st, eps, waiting);
    // A long reverse run means prices must fall far in small steps: jump them instead.
    while (!reverseAuction(st, eps, reverseBudget)) lowerPrices(st, eps);
    if (eps === 1) break;
    eps = Math.max(1, Math.floor(eps / ALPHA));
    waiting = releaseSlack(st, eps);
  }
}

/**
 * Integer values w·K + t that order matchings by Σ weight first, ties after. With M the
 * most edges a matching can hold and u ∈ [0, U] the tie key, t = −V + u, V = M·U + 1: at
 * equal weight one edge fewer gains V, more than Σu can lose (M·U), so fewer edges come
 * first, then a larger Σu. Σt over any matching spans at most M·V (M·U without the edge
 * count), so with K = that + 1 a single unit of weight outweighs every tie: the weight
 * optimum is never given up, and values stay positive (K > V). Levels that would break
 * scale·W·K ≤ LIMIT are dropped, the tie key first.
 */
function perturbedWeights(
  problem: MatchingProblem,
  usable: Int32Array,
  scale: number,
  maxWeight: number,
  maxMatched: number,
): Float64Array {
  const { weight, tie, preferFewer = false } = problem;
  let top = 0;
  if (tie) {
    for (const e of usable) {
      const u = tie[e] as number;
      if (!Number.isSafeInteger(u) || u < 0) throw new RangeError("tie keys must be integers ≥ 0");
      top = Math.max(top, u);
    }
  }
  let useTie = top > 0;
  let fewer = preferFewer;
  const levels = () => {
    const U = useTie ? top : 0;
    const V = fewer ? maxMatched * U + 1 : 0;
    return { V, K: maxMatched * (fewer ? V : U) + 1 };
  };
  const fits = () => scale * maxWeight * levels().K <= LIMIT;
  if (!fits()) useTie = false;
  if (!fits()) fewer = false;
  const { V, K } = levels();
  const out = new Float64Array(usable.length);
  for (let k = 0; k < usable.length; k++) {
    const e = usable[k] as number;
    out[k] = (weight[e] as number) * K - V + (useTie && tie ? (tie[e] as number) : 0);
  }
  return out;
}

type Auction = {
  /** Bidder b's edges: offer and value at k = start[b] … start[b + 1] − 1. */
  start: Int32Array;
  offer: Int32Array;
  value: Float64Array;
  /** The same edges by offer: bidder, its edge index, value. */
  byOffer: Int32Array;
  offerBidder: Int32Array;
  offerEdge: Int32Array;
  offerValue: Float64Array;
  cap: Int32Array;
  /** One price per offer: every holder of the offer pays it. */
  price: Float64Array;
  /** Offer j's holders: a min-heap by drop-out price at heap[heapStart[j] …], count[j] long. */
  heapStart: Int32Array;
  count: Int32Array;
  heap: Int32Array;
  heapPos: Int32Array;
  /**
   * A holder's drop-out price: above it the holder would be more than ε below its best
   * alternative. An offer's price never exceeds its holders' (that is their ε-CS). Exact
   * when stored at a bid or at a phase start; while the forward auction runs prices only
   * rise, so a stored value never exceeds the true one there.
   */
  drop: Float64Array;
  /** An offer, UNMATCHED (the private option) or WAITING (in the bid queue). */
  held: Int32Array;
  heldEdge: Int32Array;
  queue: Int32Array;
  offerQueue: Int32Array;
  queued: Uint8Array;
  /** Scratch for a reverse step: best gains, descending, and their edges. */
  topGain: Float64Array;
  topAt: Int32Array;
  /** Scratch for the price update: Dijkstra over offers. */
  fall: Float64Array;
  offerHeap: Int32Array;
  offerPos: Int32Array;
};

function buildAuction(
  start: Int32Array,
  offer: Int32Array,
  value: Float64Array,
  cap: Int32Array,
): Auction {
  const bidders = start.length - 1;
  const offers = cap.length;
  const byOffer = new Int32Array(offers + 1);
  for (const j of offer) byOffer[j + 1] = (byOffer[j + 1] as number) + 1;
  for (let j = 0; j < offers; j++) {
    byOffer[j + 1] = (byOffer[j + 1] as number) + (byOffer[j] as number);
  }
  const offerBidder = new Int32Array(offer.length);
  const offerEdge = new Int32Array(offer.length);
  const offerValue = new Float64Array(offer.length);
  const fill = byOffer.slice(0, offers);
  for (let b = 0; b < bidders; b++) {
    for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
      const j = offer[k] as number;
      const at = fill[j] as number;
      fill[j] = at + 1;
      offerBidder[at] = b;
      offerEdge[at] = k;
      offerValue[at] = value[k] as number;
    }
  }
  const heapStart = new Int32Array(offers + 1);
  let maxCap = 0;
  for (let j = 0; j < offers; j++) {
    heapStart[j + 1] = (heapStart[j] as number) + (cap[j] as number);
    maxCap = Math.max(maxCap, cap[j] as number);
  }
  return {
    start,
    offer,
    value,
    byOffer,
    offerBidder,
    offerEdge,
    offerValue,
    cap,
    price: new Float64Array(offers),
    heapStart,
    count: new Int32Array(offers),
    heap: new Int32Array(heapStart[offers] as number),
    heapPos: new Int32Array(bidders),
    drop: new Float64Array(bidders),
    held: new Int32Array(bidders).fill(WAITING),
    heldEdge: new Int32Array(bidders).fill(-1),
    queue: new Int32Array(bidders + 1),
    offerQueue: new Int32Array(offers + 1),
    queued: new Uint8Array(offers),
    topGain: new Float64Array(maxCap + 1),
    topAt: new Int32Array(maxCap + 1),
    fall: new Float64Array(offers),
    offerHeap: new Int32Array(offers),
    offerPos: new Int32Array(offers),
  };
}

/**
 * Bids until every queued bidder holds an offer or its private option. A bidder's
 * drop-out price is its value minus its second-best option plus ε. A full offer keeps the
 * holders with the highest drop-out prices and charges the lowest one kept: everyone
 * holding it is still within ε of their best option, and the price jumps straight to the
 * next competitor's limit instead of creeping up in ε steps. Prices never fall here, so
 * nobody else's ε-CS breaks.
 */
function forwardAuction(st: Auction, eps: number, waiting: number): void {
  const { start, offer, value, price, cap, heapStart, heap, drop, held, heldEdge, queue } = st;
  const holders = st.count;
  const size = queue.length;
  let head = 0;
  let tail = waiting;
  while (head !== tail) {
    const b = queue[head] as number;
    head = head + 1 === size ? 0 : head + 1;
    let best = Number.NEGATIVE_INFINITY;
    let second = 0; // the private option
    let bestK = -1;
    const end = start[b + 1] as number;
    for (let k = start[b] as number; k < end; k++) {
      const v = (value[k] as number) - (price[offer[k] as number] as number);
      if (v > best) {
        if (best > second) second = best;
        best = v;
        bestK = k;
      } else if (v > second) second = v;
    }
    if (best <= 0) {
      held[b] = UNMATCHED;
      continue;
    }
    const j = offer[bestK] as number;
    const limit = (value[bestK] as number) - second + eps;
    const h0 = heapStart[j] as number;
    const n = holders[j] as number;
    if (n < (cap[j] as number)) {
      holders[j] = n + 1;
      drop[b] = limit;
      heap[h0 + n] = b;
      siftUp(heap, st.heapPos, drop, h0, n);
    } else {
      const weakest = heap[h0] as number;
      if (limit <= (drop[weakest] as number)) {
        // Every holder outlasts this bidder: its bid only lifts the price to its limit.
        price[j] = limit;
        queue[tail] = b;
        tail = tail + 1 === size ? 0 : tail + 1;
        continue;
      }
      held[weakest] = WAITING;
      queue[tail] = weakest;
      tail = tail + 1 === size ? 0 : tail + 1;
      drop[b] = limit;
      heap[h0] = b;
      siftDown(heap, st.heapPos, drop, h0, n, 0);
      price[j] = drop[heap[h0] as number] as number;
    }
    held[b] = j;
    heldEdge[b] = bestK;
  }
}

function profitOf(st: Auction, b: number): number {
  const j = st.held[b] as number;
  return j < 0 ? 0 : (st.value[st.heldEdge[b] as number] as number) - (st.price[j] as number);
}

/**
 * An offer with a free place and a positive price breaks the dual bound (the free place
 * counts at that price and nobody pays it). A reverse step gives the e free places to the
 * non-holders gaining most, by more than ε, and reprices the offer to q = (next best gain
 * − ε, at least 0). Winners' profits rise by ≥ ε, so this ends; everyone else keeps ε-CS
 * since q ≥ their gain − ε; holders only pay less (q is below the old price, by the
 * winners' ε-CS). An offer nobody else wants ends at 0; offers the winners leave are
 * handled next. Returns false, stopping early, once `budget` edges were scanned.
 */
function reverseAuction(st: Auction, eps: number, budget: number): boolean {
  const { byOffer, offerBidder, offerEdge, offerValue, price, cap, heapStart, heap } = st;
  const { drop, held, heldEdge, offerQueue, queued, topGain, topAt } = st;
  const holders = st.count;
  const size = offerQueue.length;
  let head = 0;
  let tail = 0;
  for (let j = 0; j < size - 1; j++) {
    if ((holders[j] as number) < (cap[j] as number) && (price[j] as number) > 0) {
      offerQueue[tail++] = j;
      queued[j] = 1;
    }
  }
  let scanned = 0;
  while (head !== tail) {
    const j = offerQueue[head] as number;
    head = head + 1 === size ? 0 : head + 1;
    queued[j] = 0;
    if (scanned > budget) {
      queued.fill(0);
      return false;
    }
    const free = (cap[j] as number) - (holders[j] as number);
    const end = byOffer[j + 1] as number;
    scanned += end - (byOffer[j] as number);
    let found = 0;
    for (let at = byOffer[j] as number; at < end; at++) {
      const b = offerBidder[at] as number;
      if (held[b] === j) continue;
      const gain = (offerValue[at] as number) - profitOf(st, b);
      if (found > free && gain <= (topGain[free] as number)) continue;
      let i = found <= free ? found++ : free;
      for (; i > 0 && (topGain[i - 1] as number) < gain; i--) {
        topGain[i] = topGain[i - 1] as number;
        topAt[i] = topAt[i - 1] as number;
      }
      topGain[i] = gain;
      topAt[i] = at;
    }
    let winners = 0;
    while (winners < free && winners < found && (topGain[winners] as number) > eps) winners++;
    price[j] = winners < found ? Math.max(0, (topGain[winners] as number) - eps) : 0;
    for (let w = 0; w < winners; w++) {
      const at = topAt[w] as number;
      const b = offerBidder[at] as number;
      const left = held[b] as number;
      if (left >= 0) {
        leaveOffer(st, b);
        if ((price[left] as number) > 0 && queued[left] === 0) {
          queued[left] = 1;
          offerQueue[tail] = left;
          tail = tail + 1 === size ? 0 : tail + 1;
        }
      }
      // Its gain bounds its true drop-out price from below, as the heap needs.
      drop[b] = topGain[w] as number;
      const n = holders[j] as number;
      holders[j] = n + 1;
      heap[(heapStart[j] as number) + n] = b;
      siftUp(heap, st.heapPos, drop, heapStart[j] as number, n);
      held[b] = j;
      heldEdge[b] = offerEdge[at] as number;
    }
  }
  return true;
}

/**
 * Global price update: lowers every offer's price as far as ε-CS allows, all at once.
 * Lowering offer j by F_j raises its holders' profits by F_j, so a bidder holding j_i (or
 * nothing, F = 0) stays within ε towards j iff F_j ≤ F_{j_i} + (π_i + p_j − a_ij + ε), a
 * slack that ε-CS makes non-negative; and F_j ≤ p_j. The largest such F is a shortest-path
 * distance: Dijkstra over offers, each rooted at its own price.
 */
function lowerPrices(st: Auction, eps: number): void {
  const { start, offer, value, price, held, heldEdge, heap, heapStart, fall } = st;
  const { offerHeap, offerPos } = st;
  const holders = st.count;
  const offers = price.length;
  fall.set(price);
  for (let b = 0; b < held.length; b++) {
    if (held[b] !== UNMATCHED) continue;
    for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
      const j = offer[k] as number;
      fall[j] = Math.min(fall[j] as number, (price[j] as number) - (value[k] as number) + eps);
    }
  }
  for (let j = 0; j < offers; j++) offerHeap[j] = offerPos[j] = j;
  for (let i = (offers >> 1) - 1; i >= 0; i--) siftDown(offerHeap, offerPos, fall, 0, offers, i);
  for (let n = offers; n > 0; ) {
    const from = offerHeap[0] as number;
    offerPos[from] = -1;
    n--;
    if (n > 0) {
      offerHeap[0] = offerHeap[n] as number;
      siftDown(offerHeap, offerPos, fall, 0, n, 0);
    }
    const h0 = heapStart[from] as number;
    for (let h = h0; h < h0 + (holders[from] as number); h++) {
      const b = heap[h] as number;
      const base =
        (fall[from] as number) + (value[heldEdge[b] as number] as number) - (price[from] as number);
      for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
        const j = offer[k] as number;
        if ((offerPos[j] as number) < 0) continue;
        const f = base + (price[j] as number) - (value[k] as number) + eps;
        if (f < (fall[j] as number)) {
          fall[j] = f;
          siftUp(offerHeap, offerPos, fall, 0, offerPos[j] as number);
        }
      }
    }
  }
  for (let j = 0; j < offers; j++) price[j] = (price[j] as number) - (fall[j] as number);
}

/**
 * Opens a finer phase: bidders no longer within the new ε of their best option give up
 * their offer and bid again; the others keep it, with their drop-out price recomputed.
 */
function releaseSlack(st: Auction, eps: number): number {
  const { start, offer, value, price, heapStart, heap, drop, held, heldEdge, queue } = st;
  const holders = st.count;
  holders.fill(0);
  let waiting = 0;
  for (let b = 0; b < held.length; b++) {
    const own = held[b] as number;
    const ownK = own >= 0 ? (heldEdge[b] as number) : -1;
    let alternative = 0;
    for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
      if (k === ownK) continue;
      alternative = Math.max(
        alternative,
        (value[k] as number) - (price[offer[k] as number] as number),
      );
    }
    const profit = own >= 0 ? (value[ownK] as number) - (price[own] as number) : 0;
    if (alternative - profit > eps) {
      held[b] = WAITING;
      queue[waiting++] = b;
    } else if (own >= 0) {
      drop[b] = (value[ownK] as number) - alternative + eps;
      const n = holders[own] as number;
      holders[own] = n + 1;
      heap[(heapStart[own] as number) + n] = b;
      siftUp(heap, st.heapPos, drop, heapStart[own] as number, n);
    }
  }
  return waiting;
}

/** Takes a holder out of its offer's heap; the last holder fills the gap. */
function leaveOffer(st: Auction, b: number): void {
  const { heap, heapPos, drop } = st;
  const j = st.held[b] as number;
  const h0 = st.heapStart[j] as number;
  const n = (st.count[j] as number) - 1;
  st.count[j] = n;
  const at = (heapPos[b] as number) - h0;
  if (at === n) return;
  const last = heap[h0 + n] as number;
  heap[h0 + at] = last;
  siftUp(heap, heapPos, drop, h0, at);
  if (heapPos[last] === h0 + at) siftDown(heap, heapPos, drop, h0, n, at);
}

/** Min-heap of n items at heap[h0 …] by key[item]; pos[item] tracks where each sits. */
function siftDown(
  heap: Int32Array,
  pos: Int32Array,
  key: Float64Array,
  h0: number,
  n: number,
  from: number,
): void {
  let at = from;
  const item = heap[h0 + at] as number;
  const k = key[item] as number;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= n) break;
    let c = heap[h0 + child] as number;
    if (child + 1 < n && (key[heap[h0 + child + 1] as number] as number) < (key[c] as number)) {
      child++;
      c = heap[h0 + child] as number;
    }
    if ((key[c] as number) >= k) break;
    heap[h0 + at] = c;
    pos[c] = h0 + at;
    at = child;
  }
  heap[h0 + at] = item;
  pos[item] = h0 + at;
}

function siftUp(heap: Int32Array, pos: Int32Array, key: Float64Array, h0: number, from: number) {
  let at = from;
  const item = heap[h0 + at] as number;
  const k = key[item] as number;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    const p = heap[h0 + parent] as number;
    if ((key[p] as number) <= k) break;
    heap[h0 + at] = p;
    pos[p] = h0 + at;
    at = parent;
  }
  heap[h0 + at] = item;
  pos[item] = h0 + at;
}
