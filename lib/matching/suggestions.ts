import type { Executor } from "@/db";
import { getDb } from "@/db";
import { loadOfferSides, loadRequestSides } from "./candidates";
import { type RequestSide, rankOffers, rankRequests } from "./score";

/** Ranked, explained offers for one open request, with each mentor's name. */
export async function suggestOffersFor(request: RequestSide, db: Executor = getDb()) {
  const offers = await loadOfferSides(db);
  const byId = new Map(offers.map((o) => [o.id, o]));
  return rankOffers(request, offers).map((s) => ({ ...s, offer: byId.get(s.offerId) }));
}

/** Ranked, explained open requests for one offer. */
export async function suggestRequestsFor(offerId: string, db: Executor = getDb()) {
  const [offers, requests] = await Promise.all([loadOfferSides(db), loadRequestSides(db)]);
  const offer = offers.find((o) => o.id === offerId);
  if (!offer) return [];
  const byId = new Map(requests.map((r) => [r.id, r]));
  return rankRequests(offer, requests).map((s) => ({ ...s, request: byId.get(s.requestId) }));
}
