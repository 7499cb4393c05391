import type { Executor } from "@/db";
import { getDb } from "@/db";
import { countActiveByMentor } from "@/db/queries/mentorships";
import {
  activeOfferInitiatives,
  type FitScope,
  listActiveOffers,
  listOpenRequests,
  type OfferScope,
} from "@/db/queries/offers";
import { countDoneByTopic, countStepsByTopic } from "@/db/queries/toolkit";
import type { HelpTopic } from "@/db/schema/enums";
import type { OfferSide, RequestSide } from "./score";

/**
 * Active offers as the scorer sees them: places in use, the mentor's region, its own
 * toolkit experience per topic, and its total load (active mentorships over all its offers).
 * `scope` narrows them in the database (see `OfferScope`); without it, every active offer.
 * Offers fitting one request carry experience in that request's topics only: all it scores.
 */
export async function loadOfferSides(scope?: OfferScope, db: Executor = getDb()) {
  const mentors = activeOfferInitiatives(scope, db);
  const [offers, stepsByTopic, doneByTopic, loads] = await Promise.all([
    listActiveOffers(scope, db),
    countStepsByTopic(db),
    // One request scores only the topics it asks for; anything else scores every topic.
    countDoneByTopic(mentors, scope && "fitting" in scope ? scope.fitting.topics : undefined, db),
    countActiveByMentor(mentors, db),
  ]);
  // Steps per topic in each template version, and done steps per topic of each mentor.
  const stepsPerTopic = byTopic(
    stepsByTopic,
    (r) => r.version,
    (r) => r.steps,
  );
  const doneBy = byTopic(
    doneByTopic,
    (r) => r.initiativeId,
    (r) => r.done,
  );
  return offers.map((offer): OfferSide => {
    const done = doneBy.get(offer.initiativeId);
    const experience: Partial<Record<HelpTopic, number>> = {};
    for (const [topic, all] of stepsPerTopic.get(offer.toolkitVersion) ?? [])
      experience[topic] = all ? (done?.get(topic) ?? 0) / all : 0;
    return {
      id: offer.id,
      initiativeId: offer.initiativeId,
      topics: offer.topics,
      languages: offer.languages,
      capacity: offer.capacity,
      active: offer.activeCount,
      subRegion: offer.subRegion,
      experience,
      load: loads.get(offer.initiativeId) ?? 0,
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

/** Rows of (owner, topic, count) as a count per topic for each owner. */
function byTopic<R extends { topic: HelpTopic }, K>(
  rows: R[],
  owner: (row: R) => K,
  count: (row: R) => number,
): Map<K, Map<HelpTopic, number>> {
  const result = new Map<K, Map<HelpTopic, number>>();
  for (const row of rows) {
    const perTopic = result.get(owner(row)) ?? new Map<HelpTopic, number>();
    perTopic.set(row.topic, count(row));
    result.set(owner(row), perTopic);
  }
  return result;
}
