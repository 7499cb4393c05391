import type { HelpTopic, SubRegion, WorkLanguage } from "@/db/schema/enums";

export type RequestSide = {
  id: string;
  initiativeId: string;
  topics: HelpTopic[];
  languages: WorkLanguage[];
  subRegion: SubRegion;
};

export type OfferSide = {
  id: string;
  initiativeId: string;
  topics: HelpTopic[];
  languages: WorkLanguage[];
  capacity: number;
  active: number;
  subRegion: SubRegion;
  /** Share (0–1) of the mentor's own toolkit steps done, per help topic. */
  experience: Partial<Record<HelpTopic, number>>;
  /** Active mentorships across all the mentor's offers (spreads the load). */
  load: number;
};

export type Reason =
  | { kind: "covers"; topics: HelpTopic[]; all: boolean }
  | { kind: "languages"; languages: WorkLanguage[] }
  | { kind: "sameSubRegion" }
  | { kind: "sameRegion" }
  | { kind: "experience"; topics: HelpTopic[] }
  | { kind: "places"; free: number; capacity: number }
  | { kind: "busy"; active: number };

export type Suggestion = { offerId: string; requestId: string; score: number; reasons: Reason[] };

// Points, integers so that network-wide matching can be exact.
export const WEIGHTS = {
  coverage: 500,
  sameSubRegion: 150,
  sameRegion: 75,
  experience: 200,
  spareCapacity: 100,
  loadPenaltyPerMentorship: 20,
  loadPenaltyFree: 2,
  loadPenaltyMax: 100,
} as const;

const EXPERIENCED = 0.8;
const LAC = new Set<SubRegion>([
  "caribbean",
  "central_america",
  "south_america",
  "north_america",
  "latin_america_caribbean",
]);

/**
 * Scores an offer for a request, or null when a hard filter rules it out (no shared
 * language, no requested topic offered, no spare place, the same initiative). Explains
 * the score in reasons that the interface puts into words.
 */
export function scoreOffer(request: RequestSide, offer: OfferSide): Suggestion | null {
  if (offer.initiativeId === request.initiativeId) return null;
  const languages = request.languages.filter((l) => offer.languages.includes(l));
  const covered = request.topics.filter((t) => offer.topics.includes(t));
  const free = offer.capacity - offer.active;
  if (languages.length === 0 || covered.length === 0 || free <= 0) return null;

  const reasons: Reason[] = [
    { kind: "covers", topics: covered, all: covered.length === request.topics.length },
    { kind: "languages", languages },
  ];
  let score = Math.round((WEIGHTS.coverage * covered.length) / request.topics.length);

  if (offer.subRegion === request.subRegion) {
    score += WEIGHTS.sameSubRegion;
    reasons.push({ kind: "sameSubRegion" });
  } else if (LAC.has(offer.subRegion) === LAC.has(request.subRegion)) {
    score += WEIGHTS.sameRegion;
    reasons.push({ kind: "sameRegion" });
  }

  const walked = covered.map((t) => offer.experience[t] ?? 0);
  score += Math.round((WEIGHTS.experience * walked.reduce((a, b) => a + b, 0)) / covered.length);
  const experienced = covered.filter((t) => (offer.experience[t] ?? 0) >= EXPERIENCED);
  if (experienced.length) reasons.push({ kind: "experience", topics: experienced });

  score += Math.round((WEIGHTS.spareCapacity * free) / offer.capacity);
  reasons.push({ kind: "places", free, capacity: offer.capacity });

  const penalty = Math.min(
    WEIGHTS.loadPenaltyMax,
    WEIGHTS.loadPenaltyPerMentorship * Math.max(0, offer.load - WEIGHTS.loadPenaltyFree),
  );
  if (penalty > 0) {
    score -= penalty;
    reasons.push({ kind: "busy", active: offer.load });
  }
  return { offerId: offer.id, requestId: request.id, score, reasons };
}

/** Offers ranked for one request: best score first, ties by offer id (deterministic). */
export function rankOffers(request: RequestSide, offers: OfferSide[]): Suggestion[] {
  return offers
    .map((offer) => scoreOffer(request, offer))
    .filter((s): s is Suggestion => s !== null)
    .sort(
      (a, b) => b.score - a.score || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0),
    );
}

/** Requests that fit one offer, best first, ties by request id. */
export function rankRequests(offer: OfferSide, requests: RequestSide[]): Suggestion[] {
  return requests
    .map((request) => scoreOffer(request, offer))
    .filter((s): s is Suggestion => s !== null)
    .sort(
      (a, b) =>
        b.score - a.score || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0),
    );
}
