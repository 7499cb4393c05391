import type { Executor } from "@/db";
import { getDb } from "@/db";
import { countActiveByMentor } from "@/db/queries/mentorships";
import { listActiveOffers, listOpenRequests } from "@/db/queries/offers";
import { listDoneSteps, listTemplateSteps } from "@/db/queries/toolkit";
import type { HelpTopic } from "@/db/schema/enums";
import type { OfferSide, RequestSide } from "./score";

/**
 * Active offers as the scorer sees them: places in use, the mentor's region, its own
 * toolkit experience per topic, and its total load (active mentorships over all its offers).
 */
export async function loadOfferSides(db: Executor = getDb()) {
  const offers = await listActiveOffers(db);
  const mentorIds = [...new Set(offers.map((o) => o.initiativeId))];
  const [done, templates, loads] = await Promise.all([
    listDoneSteps(mentorIds, db),
    Promise.all(
      [...new Set(offers.map((o) => o.toolkitVersion))].map(
        async (v) => [v, await listTemplateSteps(v, db)] as const,
      ),
    ),
    countActiveByMentor(mentorIds, db),
  ]);
  const topicOf = new Map(
    templates.map(([v, steps]) => [v, new Map(steps.map((s) => [s.key, s.topic]))]),
  );
  const doneBy = new Map<string, Set<string>>();
  for (const row of done) {
    if (!doneBy.has(row.initiativeId)) doneBy.set(row.initiativeId, new Set());
    doneBy.get(row.initiativeId)?.add(row.stepKey);
  }
  const sides: (OfferSide & { initiativeName: string; initiativeSlug: string })[] = offers.map(
    (offer) => {
      const topics = topicOf.get(offer.toolkitVersion) ?? new Map<string, HelpTopic>();
      const totals: Partial<Record<HelpTopic, { done: number; all: number }>> = {};
      for (const [key, topic] of topics) {
        const entry = totals[topic] ?? { done: 0, all: 0 };
        entry.all += 1;
        if (doneBy.get(offer.initiativeId)?.has(key)) entry.done += 1;
        totals[topic] = entry;
      }
      const experience = Object.fromEntries(
        Object.entries(totals).map(([topic, t]) => [topic, t.all ? t.done / t.all : 0]),
      );
      return {
        id: offer.id,
        initiativeId: offer.initiativeId,
        initiativeName: offer.initiativeName,
        initiativeSlug: offer.initiativeSlug,
        topics: offer.topics,
        languages: offer.languages,
        capacity: offer.capacity,
        active: offer.activeCount,
        subRegion: offer.subRegion,
        experience,
        load: loads.get(offer.initiativeId) ?? 0,
      };
    },
  );
  return sides;
}

export async function loadRequestSides(db: Executor = getDb()) {
  const requests = await listOpenRequests(db);
  return requests.map((r) => ({
    id: r.id,
    initiativeId: r.initiativeId,
    initiativeName: r.initiativeName,
    initiativeSlug: r.initiativeSlug,
    topics: r.topics,
    languages: r.languages,
    subRegion: r.subRegion,
    description: r.description,
  })) satisfies (RequestSide & Record<string, unknown>)[];
}
