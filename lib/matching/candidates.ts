import type { Executor } from "@/db";
import { getDb } from "@/db";
import { listBestFittingOffers, listBestFittingRequests } from "@/db/queries/best-fitting";
import {
  type FitScope,
  listActiveOffers,
  listOpenRequests,
  type OfferScope,
} from "@/db/queries/offers";
import { countStepsByTopic } from "@/db/queries/toolkit";
import type { HelpTopic } from "@/db/schema/enums";
import { type OfferSide, offerBoundFor, type RequestSide, requestBoundFor } from "./score";
import type { Bounded } from "./top-by-bound";

/** What the other side must share with `side` to fit it at all (see `FitScope`). */
export function fitFor(side: Pick<RequestSide, "topics" | "languages" | "initiativeId">): FitScope {
  return { topics: side.topics, languages: side.languages, notInitiativeId: side.initiativeId };
}

type OfferRow = Awaited<ReturnType<typeof listActiveOffers>>[number];

/** Steps per topic in each template version: the denominators of experience. */
async function stepsPerTopic(db: Executor) {
  const byVersion = new Map<number, [HelpTopic, number][]>();
  for (const { version, topic, steps } of await countStepsByTopic(db)) {
    const list = byVersion.get(version) ?? [];
    list.push([topic, steps]);
    byVersion.set(version, list);
  }
  return byVersion;
}

function toOfferSide(offer: OfferRow, steps: Map<number, [HelpTopic, number][]>): OfferSide {
  const done = offer.doneByTopic ?? {};
  const experience: Partial<Record<HelpTopic, number>> = {};
  for (const [topic, all] of steps.get(offer.toolkitVersion) ?? [])
    experience[topic] = all ? (done[topic] ?? 0) / all : 0;
  return {
    id: offer.id,
    initiativeId: offer.initiativeId,
    topics: offer.topics,
    languages: offer.languages,
    capacity: offer.capacity,
    active: offer.activeCount,
    subRegion: offer.subRegion,
    experience,
    load: offer.load,
  };
}

/**
 * Active offers as the scorer sees them: places in use, the mentor's region, its own
 * toolkit experience per topic, and its total load (active mentorships over all its offers).
 * `scope` narrows them in the database (see `OfferScope`); without it, every active offer.
 * Offers fitting one request carry experience in that request's topics only: all it scores.
 */
export async function loadOfferSides(scope?: OfferScope, db: Executor = getDb()) {
  const [offers, steps] = await Promise.all([listActiveOffers(scope, db), stepsPerTopic(db)]);
  return offers.map((offer) => toOfferSide(offer, steps));
}

/**
 * The `limit` offers fitting `request` that could score the most (see `offerBoundFor`),
 * as the scorer sees them, each with that bound, and how many fit in all.
 */
export async function loadBestOfferSides(
  request: RequestSide,
  limit: number,
  db: Executor = getDb(),
): Promise<Bounded<OfferSide>> {
  const [offers, steps] = await Promise.all([
    listBestFittingOffers(fitFor(request), offerBoundFor(request), limit, db),
    stepsPerTopic(db),
  ]);
  return {
    rows: offers.map((offer) => ({ item: toOfferSide(offer, steps), bound: offer.bound })),
    total: offers[0]?.total ?? 0,
  };
}

/** Open requests as the scorer sees them; `scope` keeps those one offer could serve. */
export function loadRequestSides(
  scope?: { fitting: FitScope },
  db: Executor = getDb(),
): Promise<RequestSide[]> {
  return listOpenRequests(scope, db);
}

/**
 * The `limit` open requests `offer` could serve that could score the most with it (see
 * `requestBoundFor`), each with that bound, and how many it could serve in all.
 */
export async function loadBestRequestSides(
  offer: OfferSide,
  limit: number,
  db: Executor = getDb(),
): Promise<Bounded<RequestSide>> {
  const requests = await listBestFittingRequests(fitFor(offer), requestBoundFor(offer), limit, db);
  return {
    rows: requests.map(({ bound, total, ...request }) => ({ item: request, bound })),
    total: requests[0]?.total ?? 0,
  };
}
