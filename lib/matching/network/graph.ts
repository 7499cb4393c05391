import type { HelpTopic } from "@/db/schema/enums";
import { freePlaces, type OfferSide, type RequestSide } from "../score";
import { pairScorer } from "./pair-scorer";
import { compareIds, type NetworkGraph } from "./solve";

type Pair = { requestId: string; offerId: string };

/**
 * When a request's topics list more than one offer in DENSE, testing every offer's topics
 * in order (a few ns each) costs less than gathering and sorting its candidates (about
 * 20 ns each), measured on the generated network.
 */
const DENSE = 4;

/**
 * The sparse candidate graph of network-wide matching, in the solver's compact form: for
 * each request, the offers with free places that pass the hard filters, with their scores,
 * leaving out the `exclude`d pairs. Offers are found through the requested topics (an index
 * by topic, or a test of each offer's topics when they reach many), so the work grows with
 * the edges, not with requests × offers. Ids must be unique; their order in the input does
 * not matter.
 */
export function buildCandidateGraph(
  requests: RequestSide[],
  offers: OfferSide[],
  exclude: readonly Pair[] = [],
): NetworkGraph {
  const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);
  const requestList = [...requests].sort(byId);
  const offerList = offers.filter((o) => freePlaces(o) > 0).sort(byId);
  const R = requestList.length;
  const O = offerList.length;

  const byTopic = new Map<HelpTopic, number[]>();
  offerList.forEach((offer, o) => {
    for (const topic of offer.topics) {
      const list = byTopic.get(topic) ?? [];
      list.push(o);
      byTopic.set(topic, list);
    }
  });
  const excluded = excludedByRequest(requestList, offerList, exclude);
  const scorer = pairScorer(requestList, offerList);

  const edgeStart = new Int32Array(R + 1);
  const edges = new EdgeBuffer();
  // seen[o] = the last request that met offer o, so a request meets each offer once.
  const seen = new Int32Array(O).fill(-1);
  const candidates = new Int32Array(O);
  for (let r = 0; r < R; r++) {
    const topics = (requestList[r] as RequestSide).topics;
    const lists = topics.map((topic) => byTopic.get(topic) ?? []);
    let n = 0;
    if (lists.reduce((sum, list) => sum + list.length, 0) * DENSE > O) {
      for (let o = 0; o < O; o++) if (scorer.sharesTopic(r, o)) candidates[n++] = o;
    } else {
      for (const list of lists) {
        for (const o of list) {
          if (seen[o] === r) continue;
          seen[o] = r;
          candidates[n++] = o;
        }
      }
      candidates.subarray(0, n).sort();
    }
    const skip = excluded.get(r);
    edges.reserve(n);
    for (let i = 0; i < n; i++) {
      const o = candidates[i] as number;
      if (skip?.has(o)) continue;
      const points = scorer.score(r, o);
      if (points !== null) edges.push(o, points);
    }
    edgeStart[r + 1] = edges.length;
  }
  return {
    requestIds: requestList.map((r) => r.id),
    offerIds: offerList.map((o) => o.id),
    free: Int32Array.from(offerList, freePlaces),
    edgeStart,
    ...edges.take(),
  };
}

/** The offers each request must not be given, by index into the sorted lists. */
function excludedByRequest(requests: RequestSide[], offers: OfferSide[], exclude: readonly Pair[]) {
  const requestIndex = new Map(requests.map((r, i) => [r.id, i]));
  const offerIndex = new Map(offers.map((o, i) => [o.id, i]));
  const excluded = new Map<number, Set<number>>();
  for (const { requestId, offerId } of exclude) {
    const r = requestIndex.get(requestId);
    const o = offerIndex.get(offerId);
    if (r === undefined || o === undefined) continue;
    const set = excluded.get(r) ?? new Set<number>();
    set.add(o);
    excluded.set(r, set);
  }
  return excluded;
}

/** Edges appended to typed arrays that double when a request's candidates would not fit. */
class EdgeBuffer {
  private offer = new Int32Array(1024);
  private score = new Float64Array(1024);
  length = 0;

  /** Makes room for `n` more, so that `push` never checks. */
  reserve(n: number) {
    if (this.length + n <= this.offer.length) return;
    const grown = Math.max(this.offer.length * 2, this.length + n);
    const offers = new Int32Array(grown);
    offers.set(this.offer.subarray(0, this.length));
    this.offer = offers;
    const scores = new Float64Array(grown);
    scores.set(this.score.subarray(0, this.length));
    this.score = scores;
  }

  push(offer: number, score: number) {
    this.offer[this.length] = offer;
    this.score[this.length++] = score;
  }

  take() {
    return {
      edgeOffer: this.offer.slice(0, this.length),
      score: this.score.slice(0, this.length),
    };
  }
}

/**
 * What publishing compares to tell whether a side changed since the run: the fields that
 * decide whether and how well the pair fits (not the places in use, which move with every
 * accept and are checked separately).
 */
export function requestVersion(r: { status: string; topics: string[]; languages: string[] }) {
  return [r.status, [...r.topics].sort().join(","), [...r.languages].sort().join(",")].join("|");
}

export function offerVersion(o: {
  status: string;
  capacity: number;
  topics: string[];
  languages: string[];
}) {
  return [
    o.status,
    o.capacity,
    [...o.topics].sort().join(","),
    [...o.languages].sort().join(","),
  ].join("|");
}
