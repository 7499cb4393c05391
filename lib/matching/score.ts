import type { FitBound, OfferBound } from "@/db/queries/best-fitting";
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
  const reasons: Reason[] = [];
  const score = evaluate(request, offer, reasons);
  return score === null ? null : { offerId: offer.id, requestId: request.id, score, reasons };
}

/**
 * The same score without its reasons: network-wide matching scores every compatible pair
 * (hundreds of thousands) and explains only the pairs it assigns.
 */
export function scoreOnly(request: RequestSide, offer: OfferSide): number | null {
  return evaluate(request, offer);
}

/** Points for covering `covered` of the `asked` topics. */
export function coveragePoints(covered: number, asked: number): number {
  return Math.round((WEIGHTS.coverage * covered) / asked);
}

/** Points for where the two initiatives are: the same sub-region, or both in LAC or both not. */
export function regionPoints(request: SubRegion, offer: SubRegion): number {
  if (offer === request) return WEIGHTS.sameSubRegion;
  return LAC.has(offer) === LAC.has(request) ? WEIGHTS.sameRegion : 0;
}

/** Points for the mentor's experience, `walked` being the sum of its shares in the covered topics. */
export function experiencePoints(walked: number, covered: number): number {
  return Math.round((WEIGHTS.experience * walked) / covered);
}

/** The terms that depend on the offer alone: its spare places less its mentor's load. */
export function offerPoints(offer: OfferSide): number {
  return sparePoints(offer) - loadPenalty(offer);
}

/** The places an offer has left; the rule matches only offers with some (above 0). */
export function freePlaces(offer: OfferSide): number {
  return offer.capacity - offer.active;
}

function sparePoints(offer: OfferSide): number {
  return Math.round((WEIGHTS.spareCapacity * freePlaces(offer)) / offer.capacity);
}

function loadPenalty(offer: OfferSide): number {
  return Math.min(
    WEIGHTS.loadPenaltyMax,
    WEIGHTS.loadPenaltyPerMentorship * Math.max(0, offer.load - WEIGHTS.loadPenaltyFree),
  );
}

/** The one scoring rule; reasons are written to `why` when the caller wants them. */
function evaluate(request: RequestSide, offer: OfferSide, why?: Reason[]): number | null {
  if (offer.initiativeId === request.initiativeId) return null;
  const free = freePlaces(offer);
  if (free <= 0) return null;
  let languages = 0;
  for (const language of request.languages) if (offer.languages.includes(language)) languages++;
  if (languages === 0) return null;
  let covered = 0;
  let walked = 0;
  for (const topic of request.topics) {
    if (!offer.topics.includes(topic)) continue;
    covered++;
    walked += offer.experience[topic] ?? 0;
  }
  if (covered === 0) return null;

  let score = coveragePoints(covered, request.topics.length);
  why?.push(
    {
      kind: "covers",
      topics: request.topics.filter((t) => offer.topics.includes(t)),
      all: covered === request.topics.length,
    },
    { kind: "languages", languages: request.languages.filter((l) => offer.languages.includes(l)) },
  );

  const region = regionPoints(request.subRegion, offer.subRegion);
  score += region;
  if (offer.subRegion === request.subRegion) why?.push({ kind: "sameSubRegion" });
  else if (region > 0) why?.push({ kind: "sameRegion" });

  score += experiencePoints(walked, covered);
  if (why) {
    const experienced = request.topics.filter(
      (t) => offer.topics.includes(t) && (offer.experience[t] ?? 0) >= EXPERIENCED,
    );
    if (experienced.length) why.push({ kind: "experience", topics: experienced });
  }

  score += offerPoints(offer);
  why?.push({ kind: "places", free, capacity: offer.capacity });
  if (why && loadPenalty(offer) > 0) why.push({ kind: "busy", active: offer.load });
  return score;
}

/** The terms of the score that weigh the request's topics and the two regions. */
function fitBoundOf(topics: HelpTopic[], subRegion: SubRegion, unread: number): FitBound {
  return {
    topics,
    coverage: WEIGHTS.coverage,
    subRegion,
    sameSubRegion: WEIGHTS.sameSubRegion,
    group: [...LAC],
    sameRegion: WEIGHTS.sameRegion,
    unread,
  };
}

/**
 * The most any offer can score for `request`, as terms the database evaluates on an offer's
 * own columns before its mentor's experience is read (see `listBestFittingOffers`): the
 * scorer's terms rounded up, and the whole of the experience points. A page of suggestions
 * then reads only the offers that could reach it (see `topByBound`).
 */
export function offerBoundFor(request: RequestSide): OfferBound {
  return {
    ...fitBoundOf(request.topics, request.subRegion, WEIGHTS.experience),
    spare: WEIGHTS.spareCapacity,
    load: {
      per: WEIGHTS.loadPenaltyPerMentorship,
      free: WEIGHTS.loadPenaltyFree,
      max: WEIGHTS.loadPenaltyMax,
    },
  };
}

/**
 * The most any open request can score with `offer`, as terms the database evaluates on a
 * request's columns (see `listBestFittingRequests`): its topics covered and its region; the
 * offer's experience in its best topic, its spare places and its load are the same for all.
 */
export function requestBoundFor(offer: OfferSide): FitBound {
  let best = 0;
  for (const topic of offer.topics) best = Math.max(best, offer.experience[topic] ?? 0);
  const rest = Math.ceil(WEIGHTS.experience * best) + offerPoints(offer);
  return fitBoundOf(offer.topics, offer.subRegion, rest);
}

/** Best score first, ties by id: one order for every ranking, so pages agree with lists. */
export function byRank(aScore: number, aId: string, bScore: number, bId: string): number {
  return bScore - aScore || (aId < bId ? -1 : aId > bId ? 1 : 0);
}

/**
 * What scores, ranked, without reasons: a request can fit a thousand offers and shows ten,
 * so only the ones shown are explained.
 */
export function rankBy<T extends { id: string }>(
  items: T[],
  score: (item: T) => number | null,
): { item: T; score: number }[] {
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const points = score(item);
    if (points !== null) scored.push({ item, score: points });
  }
  return scored.sort((a, b) => byRank(a.score, a.item.id, b.score, b.item.id));
}

/** Offers ranked for one request, each explained. */
export function rankOffers(request: RequestSide, offers: OfferSide[]): Suggestion[] {
  return offers
    .flatMap((offer) => scoreOffer(request, offer) ?? [])
    .sort((a, b) => byRank(a.score, a.offerId, b.score, b.offerId));
}

/** Requests that fit one offer, ranked, each explained. */
export function rankRequests(offer: OfferSide, requests: RequestSide[]): Suggestion[] {
  return requests
    .flatMap((request) => scoreOffer(request, offer) ?? [])
    .sort((a, b) => byRank(a.score, a.requestId, b.score, b.requestId));
}
