import type { Executor } from "@/db";
import { getDb } from "@/db";
import type { FitScope } from "@/db/queries/offers";
import { loadOfferSides, loadRequestSides } from "./candidates";
import { type RequestSide, rankOffers, rankRequests } from "./score";
import { pageOf } from "./suggestion-page";

/** What the other side must share with `side` to fit it at all (see `FitScope`). */
function fitFor(side: Pick<RequestSide, "topics" | "languages" | "initiativeId">): FitScope {
  return { topics: side.topics, languages: side.languages, notInitiativeId: side.initiativeId };
}

/**
 * Every offer that fits one open request, ranked and explained, with each mentor's name.
 * Only offers that pass the scorer's hard filters are loaded (see `OfferScope`).
 */
export async function rankOffersFor(request: RequestSide, db: Executor = getDb()) {
  const offers = await loadOfferSides({ fitting: fitFor(request) }, db);
  const byId = new Map(offers.map((o) => [o.id, o]));
  return rankOffers(request, offers).map((s) => ({ ...s, offer: byId.get(s.offerId) }));
}

/** Every open request one offer could serve, ranked and explained; none if it is not active. */
export async function rankRequestsFor(offerId: string, db: Executor = getDb()) {
  const [offer] = await loadOfferSides({ ids: [offerId] }, db);
  // A full offer fits no request (the scorer needs a free place): nothing more to load.
  if (!offer || offer.active >= offer.capacity) return [];
  const requests = await loadRequestSides({ fitting: fitFor(offer) }, db);
  const byId = new Map(requests.map((r) => [r.id, r]));
  return rankRequests(offer, requests).map((s) => ({ ...s, request: byId.get(s.requestId) }));
}

/** One page of `rankOffersFor`. */
export async function suggestOffersFor(request: RequestSide, page = 1, db: Executor = getDb()) {
  return pageOf(await rankOffersFor(request, db), page);
}

/** One page of `rankRequestsFor`. */
export async function suggestRequestsFor(offerId: string, page = 1, db: Executor = getDb()) {
  return pageOf(await rankRequestsFor(offerId, db), page);
}
