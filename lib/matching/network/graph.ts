import type { HelpTopic } from "@/db/schema/enums";
import { type OfferSide, type RequestSide, scoreOnly } from "../score";

export type CandidateEdge = { requestId: string; offerId: string; score: number };

/**
 * The sparse candidate graph of network-wide matching: for each request, the offers that
 * pass the hard filters, with their scores. Offers are found through the requested topics
 * (an index by topic), so the work grows with the edges, not with requests × offers.
 */
export function buildCandidateGraph(requests: RequestSide[], offers: OfferSide[]): CandidateEdge[] {
  const byTopic = new Map<HelpTopic, OfferSide[]>();
  for (const offer of offers) {
    if (offer.capacity - offer.active <= 0) continue;
    for (const topic of offer.topics) {
      const list = byTopic.get(topic) ?? [];
      list.push(offer);
      byTopic.set(topic, list);
    }
  }
  const edges: CandidateEdge[] = [];
  for (const request of requests) {
    const seen = new Set<string>();
    for (const topic of request.topics) {
      for (const offer of byTopic.get(topic) ?? []) {
        if (seen.has(offer.id)) continue;
        seen.add(offer.id);
        const score = scoreOnly(request, offer);
        if (score !== null) edges.push({ requestId: request.id, offerId: offer.id, score });
      }
    }
  }
  return edges;
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
