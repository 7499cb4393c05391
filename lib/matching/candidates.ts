import type { Executor } from "@/db";
import { getDb } from "@/db";
import {
  type FitScope,
  listActiveOffers,
  listOpenRequests,
  type OfferScope,
} from "@/db/queries/offers";
import { countStepsByTopic } from "@/db/queries/toolkit";
import type { HelpTopic } from "@/db/schema/enums";
import type { OfferSide, RequestSide } from "./score";

/**
 * Active offers as the scorer sees them: places in use, the mentor's region, its own
 * toolkit experience per topic, and its total load (active mentorships over all its offers).
 * `scope` narrows them in the database (see `OfferScope`); without it, every active offer.
 * Offers fitting one request carry experience in that request's topics only: all it scores.
 */
export async function loadOfferSides(scope?: OfferScope, db: Executor = getDb()) {
  const [offers, stepsByTopic] = await Promise.all([
    listActiveOffers(scope, db),
    countStepsByTopic(db),
  ]);
  // Steps per topic in each template version: the denominators of experience.
  const stepsPerTopic = new Map<number, [HelpTopic, number][]>();
  for (const { version, topic, steps } of stepsByTopic) {
    const list = stepsPerTopic.get(version) ?? [];
    list.push([topic, steps]);
    stepsPerTopic.set(version, list);
  }
  return offers.map((offer): OfferSide => {
    const done = offer.doneByTopic ?? {};
    const experience: Partial<Record<HelpTopic, number>> = {};
    for (const [topic, all] of stepsPerTopic.get(offer.toolkitVersion) ?? [])
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
      load: offer.load ?? 0,
    };
  });
}

/** Open requests as the scorer sees them; `scope` keeps those one offer could serve. */
export function loadRequestSides(
  scope?: { fitting: FitScope },
  db: Executor = getDb(),
): Promise<RequestSide[]> {
  return listOpenRequests(scope, db);
}
