import type { Executor } from "@/db";
import { getDb } from "@/db";
import { listOfferLabels, listRequestLabels } from "@/db/queries/offers";
import {
  fitFor,
  loadBestOfferSides,
  loadBestRequestSides,
  loadOfferSides,
  loadRequestSides,
} from "./candidates";
import { type RequestSide, rankOffers, rankRequests, scoreOffer, scoreOnly } from "./score";
import { pageOf, rowsThrough } from "./suggestion-page";
import { topByBound } from "./top-by-bound";

/** Offers that pass the scorer's hard filters for one request (see `OfferScope`). */
function fittingOffers(request: RequestSide, db: Executor) {
  return loadOfferSides({ fitting: fitFor(request) }, db);
}

/** The offer, when it is active and has a free place: a full one fits no request. */
async function offerWithPlace(offerId: string, db: Executor) {
  const [offer] = await loadOfferSides({ ids: [offerId] }, db);
  return offer && offer.active < offer.capacity ? offer : undefined;
}

/** Every offer that fits one open request, ranked and explained. */
export async function rankOffersFor(request: RequestSide, db: Executor = getDb()) {
  const offers = await fittingOffers(request, db);
  const byId = new Map(offers.map((o) => [o.id, o]));
  return rankOffers(request, offers).map((s) => ({ ...s, offer: byId.get(s.offerId) }));
}

/** Every open request one offer could serve, ranked and explained; none if it cannot take one. */
export async function rankRequestsFor(offerId: string, db: Executor = getDb()) {
  const offer = await offerWithPlace(offerId, db);
  if (!offer) return [];
  const requests = await loadRequestSides({ fitting: fitFor(offer) }, db);
  const byId = new Map(requests.map((r) => [r.id, r]));
  return rankRequests(offer, requests).map((s) => ({ ...s, request: byId.get(s.requestId) }));
}

/**
 * One page of a ranking, explained and labelled: only the page's rows are. A row whose
 * label is gone (its initiative deleted since it was ranked) is left out.
 */
async function explainedPage<T extends { id: string }, L, R>(
  ranked: { item: T }[],
  page: number,
  total: number,
  labelsOf: (ids: string[]) => Promise<Map<string, L>>,
  explain: (item: T, label: L) => R | null,
) {
  const shown = pageOf(ranked, page, total);
  const labels = await labelsOf(shown.rows.map((r) => r.item.id));
  return {
    ...shown,
    rows: shown.rows.flatMap(({ item }) => {
      const label = labels.get(item.id);
      const row = label === undefined ? null : explain(item, label);
      return row === null ? [] : [row];
    }),
  };
}

/**
 * One page of `rankOffersFor`, each with its mentor's name: of the offers that fit, only
 * those that could still score onto the page are read (see `topByBound`).
 */
export async function suggestOffersFor(request: RequestSide, page = 1, db: Executor = getDb()) {
  const { ranked, total } = await topByBound(
    rowsThrough(page),
    (limit) => loadBestOfferSides(request, limit, db),
    (offer) => scoreOnly(request, offer),
  );
  return explainedPage(
    ranked,
    page,
    total,
    (ids) => listOfferLabels(ids, db),
    (offer, label) => {
      const fit = scoreOffer(request, offer);
      return fit ? { ...fit, offer: { ...offer, ...label } } : null;
    },
  );
}

/**
 * One page of `rankRequestsFor`, each with its initiative's name and words: of the requests
 * the offer could serve, only those that could still score onto the page are read.
 */
export async function suggestRequestsFor(offerId: string, page = 1, db: Executor = getDb()) {
  const offer = await offerWithPlace(offerId, db);
  const { ranked, total } = offer
    ? await topByBound(
        rowsThrough(page),
        (limit) => loadBestRequestSides(offer, limit, db),
        (request) => scoreOnly(request, offer),
      )
    : { ranked: [], total: 0 };
  return explainedPage(
    ranked,
    page,
    total,
    (ids) => listRequestLabels(ids, db),
    (request, label) => {
      const fit = offer && scoreOffer(request, offer);
      return fit ? { ...fit, request: { ...request, ...label } } : null;
    },
  );
}
