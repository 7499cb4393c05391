/**
 * Exact maximum-weight bipartite b-matching, the transportation form of min-cost flow:
 * each request takes at most one offer, offer j at most capacity[j] requests; maximise
 * Σ weight, then (only between equal-weight optima) Σ of tie-break keys.
 *
 * Algorithm: ε-scaling auction (Bertsekas) for the asymmetric problem. Requests bid; offer
 * j is capacity[j] "similar objects" (slots), each with its own price, kept in a per-offer
 * min-heap so a bid outbids the cheapest slot. Every request also has a private
 * "unmatched" option worth 0 that nobody else can take, so it needs no price. In each
 * phase a forward auction places every bidder, then a reverse auction lowers the price of
 * every empty slot to 0 or hands it to the bidder that values it most.
 *
 * Exactness. For prices p ≥ 0 let π_i = max(0, max_s (a_is − p_s)); D = Σ π_i + Σ_s p_s
 * bounds the optimum from above (LP duality: π_i ≥ 0, π_i + p_s ≥ a_is). At the end of a
 * phase every bidder is within ε of its best option (ε-CS), empty slots cost 0, and each
 * full slot's price is paid by its holder, so OPT − found ≤ D − found ≤ P·ε for P
 * bidders. Values are scaled by (P + 1) and the last phase runs at ε = 1: the gap is < one
 * unscaled unit and, the objective being integral, zero.
 *
 * Ties. Values are a = (P + 1)·(w·K + t), 0 ≤ t ≤ T, K = M·T + 1, M the most edges a
 * matching can hold. Matchings whose weights differ by ≥ 1 differ by ≥ K − M·T ≥ 1 in
 * w·K + t, the better weight winning: the tie term never costs weight.
 *
 * Number range. A forward bid sets a price to a − v2 + ε with v2 ≥ 0 (the private option),
 * and the reverse auction only lowers prices, never below 0: prices stay in [0, A + ε],
 * profits in [−ε, A], A the largest value. Keeping A ≤ 2^51 (T is chosen to fit) makes
 * every sum and difference an exact integer in a Float64.
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
const ALPHA = Number(process.env.ALPHA ?? 8);
const WAITING = -2;
const UNMATCHED = -1;

/**
 * For each request, the index of its chosen edge or −1. Optimal for Σ weight; among those
 * optima, optimal for the tie keys taken lexicographically as far as the safe-integer
 * budget allows (later keys are dropped first, then the first key is coarsened).
 */
export function maxWeightMatching(problem: MatchingProblem): Int32Array {
  const { requestCount, offerCount, capacity, edgeStart, edgeOffer, weight } = problem;
  const result = new Int32Array(requestCount).fill(-1);

  // An offer never holds more requests than it has usable edges.
  const degree = new Int32Array(offerCount);
  const edgeTotal = edgeStart[requestCount] as number;
  for (let e = 0; e < edgeTotal; e++) {
    const j = edgeOffer[e] as number;
    if ((weight[e] as number) > 0) degree[j] = (degree[j] as number) + 1;
  }
  const slotStart = new Int32Array(offerCount + 1);
  for (let j = 0; j < offerCount; j++) {
    const c = Math.floor(capacity[j] as number);
    slotStart[j + 1] = (slotStart[j] as number) + (c > 0 ? Math.min(c, degree[j] as number) : 0);
  }
  const slotCount = slotStart[offerCount] as number;
  let maxSlots = 0;
  for (let j = 0; j < offerCount; j++) {
    maxSlots = Math.max(maxSlots, (slotStart[j + 1] as number) - (slotStart[j] as number));
  }

  // Bidders: requests with a usable edge, in request order (the order decides nothing
  // about the optimum, but keeps equal inputs giving equal outputs).
  const usable = new Int32Array(edgeTotal);
  const bStart = new Int32Array(requestCount + 1);
  const bidderRequest = new Int32Array(requestCount);
  let edges = 0;
  let bidders = 0;
  let maxWeight = 0;
  for (let r = 0; r < requestCount; r++) {
    const first = edges;
    for (let e = edgeStart[r] as number; e < (edgeStart[r + 1] as number); e++) {
      const j = edgeOffer[e] as number;
      const w = weight[e] as number;
      if (!(w > 0) || slotStart[j + 1] === slotStart[j]) continue;
      if (!Number.isSafeInteger(w)) throw new RangeError("weights must be integers");
      usable[edges++] = e;
      if (w > maxWeight) maxWeight = w;
    }
    if (edges > first) {
      bidderRequest[bidders++] = r;
      bStart[bidders] = edges;
    }
  }
  if (bidders === 0) return result;

  const scale = bidders + 1;
  const maxMatched = Math.min(bidders, slotCount);
  if (scale * maxWeight > LIMIT) throw new RangeError("weights too large for an exact solve");
  const value = perturbedWeights(problem, usable.subarray(0, edges), scale, maxWeight, maxMatched);

  const pStart = bStart.slice(0, bidders + 1);
  const pOffer = new Int32Array(edges);
  const pVal = new Float64Array(edges);
  const oStart = new Int32Array(offerCount + 1);
  let maxVal = 0;
  for (let k = 0; k < edges; k++) {
    const e = usable[k] as number;
    const j = edgeOffer[e] as number;
    const v = scale * (value[k] as number);
    pOffer[k] = j;
    pVal[k] = v;
    if (v > maxVal) maxVal = v;
    oStart[j + 1] = (oStart[j + 1] as number) + 1;
  }
  for (let j = 0; j < offerCount; j++)
    oStart[j + 1] = (oStart[j + 1] as number) + (oStart[j] as number);
  // The same edges by offer, for the reverse auction.
  const oBidder = new Int32Array(edges);
  const oEdge = new Int32Array(edges);
  const oVal = new Float64Array(edges);
  const fill = oStart.slice(0, offerCount);
  for (let b = 0; b < bidders; b++) {
    for (let k = pStart[b] as number; k < (pStart[b + 1] as number); k++) {
      const j = pOffer[k] as number;
      const at = fill[j] as number;
      fill[j] = at + 1;
      oBidder[at] = b;
      oEdge[at] = k;
      oVal[at] = pVal[k] as number;
    }
  }
  const heap = new Int32Array(slotCount);
  const heapPos = new Int32Array(slotCount);
  const slotOffer = new Int32Array(slotCount);
  for (let j = 0; j < offerCount; j++) {
    for (let s = slotStart[j] as number; s < (slotStart[j + 1] as number); s++) {
      heap[s] = heapPos[s] = s;
      slotOffer[s] = j;
    }
  }

  const st: Auction = {
    pStart,
    pOffer,
    pVal,
    oStart,
    oBidder,
    oEdge,
    oVal,
    slotStart,
    slotOffer,
    heap,
    heapPos,
    price: new Float64Array(slotCount),
    minPrice: new Float64Array(offerCount),
    owner: new Int32Array(slotCount).fill(-1),
    held: new Int32Array(bidders).fill(WAITING),
    heldEdge: new Int32Array(bidders).fill(-1),
    profit: new Float64Array(bidders),
    queue: new Int32Array(bidders + 1),
    offerQueue: new Int32Array(offerCount + 1),
    queued: new Uint8Array(offerCount),
    topVal: new Float64Array(maxSlots + 1),
    topAt: new Int32Array(maxSlots + 1),
  };

  for (let b = 0; b < bidders; b++) st.queue[b] = b;
  let waiting = bidders;
  let eps = Math.max(1, Math.floor(maxVal / ALPHA));
  for (;;) {
    forwardAuction(st, eps, waiting);
    reverseAuction(st, eps);
    (globalThis as any).PH = ((globalThis as any).PH ?? 0) + 1;
    if (eps === 1) break;
    eps = Math.max(1, Math.floor(eps / ALPHA));
    waiting = releaseSlack(st, eps);
  }

  if (process.env.WORK) console.log("phases", (globalThis as any).PH, "fwd", (globalThis as any).FW, "rev", (globalThis as any).RW);
  (globalThis as any).PH = 0; (globalThis as any).FW = 0; (globalThis as any).RW = 0;
  for (let b = 0; b < bidders; b++) {
    if ((st.held[b] as number) >= 0) {
      result[bidderRequest[b] as number] = usable[st.heldEdge[b] as number] as number;
    }
  }
  return result;
}

/**
 * w·K + t for each usable edge. With M the most edges a matching can hold and u ∈ [0, U]
 * the tie key: t = −V + u with V = M·U + 1 prefers fewer edges (one edge fewer gains V,
 * more than any Σu can lose, M·U) and then a larger Σu; K = M·V + 1 exceeds the spread of
 * Σt over all matchings (≤ M·V), so one unit of weight outweighs any tie. Levels that do
 * not fit scale·W·K ≤ LIMIT are dropped, the tie key first.
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
  const fits = (K: number) => scale * maxWeight * K <= LIMIT;
  let useTie = top > 0;
  let fewer = preferFewer;
  const levels = () => {
    const U = useTie ? top : 0;
    const V = fewer ? maxMatched * U + 1 : 0;
    return { U, V, K: maxMatched * (fewer ? V : U) + 1 };
  };
  if (!fits(levels().K)) useTie = false;
  if (!fits(levels().K)) fewer = false;
  const { V, K } = levels();
  const value = new Float64Array(usable.length);
  for (let k = 0; k < usable.length; k++) {
    const e = usable[k] as number;
    const u = useTie && tie ? (tie[e] as number) : 0;
    value[k] = (weight[e] as number) * K - V + u;
  }
  return value;
}

type Auction = {
  pStart: Int32Array;
  pOffer: Int32Array;
  pVal: Float64Array;
  oStart: Int32Array;
  oBidder: Int32Array;
  oEdge: Int32Array;
  oVal: Float64Array;
  slotStart: Int32Array;
  slotOffer: Int32Array;
  /** Per-offer min-heaps of slot ids by price, at slotStart[j] …; heapPos inverts heap. */
  heap: Int32Array;
  heapPos: Int32Array;
  price: Float64Array;
  /** The cheapest slot price of each offer, mirrored out of the heap for the bid scan. */
  minPrice: Float64Array;
  owner: Int32Array;
  /** A slot, UNMATCHED (the private option) or WAITING (in the bid queue). */
  held: Int32Array;
  heldEdge: Int32Array;
  profit: Float64Array;
  queue: Int32Array;
  offerQueue: Int32Array;
  queued: Uint8Array;
  /** Scratch for the reverse step: best gains (descending) and where they came from. */
  topVal: Float64Array;
  topAt: Int32Array;
};

/**
 * Bids until every queued bidder holds a slot or its private option. A bid outbids the
 * cheapest slot of the best offer by the margin over the second-best option plus ε, so the
 * bidder ends within ε of its best option, and raising a price never breaks anyone else's.
 */
function forwardAuction(st: Auction, eps: number, count: number): void {
  const { pStart, pOffer, pVal, slotStart, heap, price, minPrice, owner, held, heldEdge } = st;
  const { profit, queue } = st;
  const size = queue.length;
  let head = 0;
  let tail = count;
  while (head !== tail) {
    const b = queue[head] as number;
    (globalThis as any).FW = ((globalThis as any).FW ?? 0) + (pStart[b + 1] as number) - (pStart[b] as number);
    head = head + 1 === size ? 0 : head + 1;
    let best = Number.NEGATIVE_INFINITY;
    let second = 0; // the private option
    let bestK = -1;
    const end = pStart[b + 1] as number;
    for (let k = pStart[b] as number; k < end; k++) {
      const v = (pVal[k] as number) - (minPrice[pOffer[k] as number] as number);
      if (v > best) {
        if (best > second) second = best;
        best = v;
        bestK = k;
      } else if (v > second) second = v;
    }
    if (best <= 0) {
      held[b] = UNMATCHED;
      profit[b] = 0;
      continue;
    }
    const j = pOffer[bestK] as number;
    const h0 = slotStart[j] as number;
    const slots = (slotStart[j + 1] as number) - h0;
    // The offer's other slots are distinct objects: the next-cheapest one competes too.
    if (slots > 1) {
      let p2 = price[heap[h0 + 1] as number] as number;
      if (slots > 2) p2 = Math.min(p2, price[heap[h0 + 2] as number] as number);
      if ((pVal[bestK] as number) - p2 > second) second = (pVal[bestK] as number) - p2;
    }
    const s = heap[h0] as number;
    const previous = owner[s] as number;
    if (previous >= 0) {
      held[previous] = WAITING;
      queue[tail] = previous;
      tail = tail + 1 === size ? 0 : tail + 1;
    }
    owner[s] = b;
    price[s] = (pVal[bestK] as number) - second + eps;
    siftDown(st, h0, slots);
    minPrice[j] = price[heap[h0] as number] as number;
    held[b] = s;
    heldEdge[b] = bestK;
    profit[b] = second - eps;
  }
}

/**
 * An empty slot with a positive price breaks the dual bound (its price counts, nobody pays
 * it). The reverse step works on the whole offer, so that bidders never move between
 * slots of one offer: the e empty slots go to the non-holders gaining most (by more than ε),
 * and every slot of the offer is repriced to q = (next best gain − ε, at least 0). Winners'
 * profits rise by ≥ ε, so this ends; other bidders keep ε-CS since q ≥ their gain − ε;
 * holders only get cheaper (q never exceeds an old price, by their rivals' ε-CS). An
 * offer that cannot be filled ends with every slot at 0. Slots the winners leave are
 * handled next.
 */
function reverseAuction(st: Auction, eps: number): void {
  const { oStart, oBidder, oEdge, oVal, pVal, slotStart, slotOffer, price, minPrice } = st;
  const { owner, held, heldEdge, profit, offerQueue, queued, topVal, topAt } = st;
  const size = offerQueue.length;
  let head = 0;
  let tail = 0;
  for (let j = 0; j < size - 1; j++) {
    for (let s = slotStart[j] as number; s < (slotStart[j + 1] as number); s++) {
      if ((owner[s] as number) < 0 && (price[s] as number) > 0) {
        offerQueue[tail++] = j;
        queued[j] = 1;
        break;
      }
    }
  }
  while (head !== tail) {
    const j = offerQueue[head] as number;
    (globalThis as any).RW = ((globalThis as any).RW ?? 0) + (oStart[j + 1] as number) - (oStart[j] as number);
    head = head + 1 === size ? 0 : head + 1;
    queued[j] = 0;
    const h0 = slotStart[j] as number;
    const h1 = slotStart[j + 1] as number;
    let empty = 0;
    for (let s = h0; s < h1; s++) if ((owner[s] as number) < 0) empty++;
    // The best (empty + 1) gains among bidders not already holding this offer.
    let count = 0;
    const end = oStart[j + 1] as number;
    for (let at = oStart[j] as number; at < end; at++) {
      const b = oBidder[at] as number;
      const s = held[b] as number;
      if (s >= 0 && slotOffer[s] === j) continue;
      const v = (oVal[at] as number) - (profit[b] as number);
      if (count > empty && v <= (topVal[empty] as number)) continue;
      let i = count <= empty ? count++ : empty;
      while (i > 0 && (topVal[i - 1] as number) < v) {
        topVal[i] = topVal[i - 1] as number;
        topAt[i] = topAt[i - 1] as number;
        i--;
      }
      topVal[i] = v;
      topAt[i] = at;
    }
    let winners = 0;
    while (winners < empty && winners < count && (topVal[winners] as number) > eps) winners++;
    const q = winners < count ? Math.max(0, (topVal[winners] as number) - eps) : 0;
    let next = 0;
    for (let s = h0; s < h1; s++) {
      price[s] = q;
      const holder = owner[s] as number;
      if (holder >= 0) {
        profit[holder] = (pVal[heldEdge[holder] as number] as number) - q;
        continue;
      }
      if (next === winners) continue;
      const at = topAt[next++] as number;
      const b = oBidder[at] as number;
      const left = held[b] as number;
      if (left >= 0) {
        owner[left] = -1;
        const j2 = slotOffer[left] as number;
        if ((price[left] as number) > 0 && queued[j2] === 0) {
          queued[j2] = 1;
          offerQueue[tail] = j2;
          tail = tail + 1 === size ? 0 : tail + 1;
        }
      }
      owner[s] = b;
      held[b] = s;
      heldEdge[b] = oEdge[at] as number;
      profit[b] = (oVal[at] as number) - q;
    }
    minPrice[j] = q;
  }
}

/**
 * Opens a finer phase: bidders no longer within the new ε of their best option give up
 * their slot and bid again; the others keep theirs, as they already satisfy ε-CS.
 */
function releaseSlack(st: Auction, eps: number): number {
  const { pStart, pOffer, pVal, minPrice, owner, held, profit, queue } = st;
  let count = 0;
  for (let b = 0; b < held.length; b++) {
    let best = 0;
    const end = pStart[b + 1] as number;
    for (let k = pStart[b] as number; k < end; k++) {
      const v = (pVal[k] as number) - (minPrice[pOffer[k] as number] as number);
      if (v > best) best = v;
    }
    if (best - (profit[b] as number) <= eps) continue;
    const s = held[b] as number;
    if (s >= 0) owner[s] = -1;
    held[b] = WAITING;
    queue[count++] = b;
  }
  return count;
}

/** Restores the heap of slots h0 … h0 + size − 1 after the root's price rose. */
function siftDown(st: Auction, h0: number, size: number): void {
  const { heap, heapPos, price } = st;
  let pos = 0;
  const s = heap[h0] as number;
  const p = price[s] as number;
  for (;;) {
    let child = 2 * pos + 1;
    if (child >= size) break;
    let c = heap[h0 + child] as number;
    if (child + 1 < size) {
      const c2 = heap[h0 + child + 1] as number;
      if ((price[c2] as number) < (price[c] as number)) {
        child++;
        c = c2;
      }
    }
    if ((price[c] as number) >= p) break;
    heap[h0 + pos] = c;
    heapPos[c] = h0 + pos;
    pos = child;
  }
  heap[h0 + pos] = s;
  heapPos[s] = h0 + pos;
}

/** Restores the heap at h0 after the slot at position `from` got cheaper. */
function siftUp(st: Auction, h0: number, from: number): void {
  const { heap, heapPos, price } = st;
  let pos = from;
  const s = heap[h0 + pos] as number;
  const p = price[s] as number;
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    const q = heap[h0 + parent] as number;
    if ((price[q] as number) <= p) break;
    heap[h0 + pos] = q;
    heapPos[q] = h0 + pos;
    pos = parent;
  }
  heap[h0 + pos] = s;
  heapPos[s] = h0 + pos;
}
