import { and, count, eq, exists, isNotNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "../index";
import { helpRequests, initiatives, mentorships, offers } from "../schema";
import {
  INITIATIVE_KINDS,
  type InitiativeKind,
  STAGES,
  type Stage,
  SUB_REGIONS,
  type SubRegion,
} from "../schema/enums";

// The public figures count verified initiatives only: a steward has checked they are real.
// (The directory also lists unverified ones, without the badge; a network total should not.)
export const visible = isNotNull(initiatives.verifiedAt);

const mentor = alias(initiatives, "mentor");
const mentee = alias(initiatives, "mentee");

export type NetworkStats = {
  initiatives: number;
  byStage: Record<Stage, number>;
  byKind: Record<InitiativeKind, number>;
  bySubRegion: Record<SubRegion, number>;
  countries: number;
  recognized: number;
  recognizedWithMentor: number;
  activeMentorships: number;
  completedMentorships: number;
  offersWithPlaces: number;
  freePlaces: number;
  openRequests: number;
};

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * Aggregate, public-safe figures about the network: counts only, no people, no notes.
 * Mentorships count when both initiatives are verified, like everything else here.
 */
export async function getNetworkStats(db: Executor = getDb()): Promise<NetworkStats> {
  // Helped = as mentee, a mentorship that had started by the recognition date (UTC) and is
  // still active or was completed (not one ended early, declined or never accepted).
  const helped = exists(
    db
      .select({ one: sql`1` })
      .from(mentorships)
      .innerJoin(mentor, eq(mentor.id, mentorships.mentorInitiativeId))
      .where(
        and(
          eq(mentorships.menteeInitiativeId, initiatives.id),
          sql`${mentorships.state} in ('active', 'completed')`,
          isNotNull(mentor.verifiedAt),
          lt(
            mentorships.startedAt,
            sql`((${initiatives.recognizedOn} + 1)::timestamp at time zone 'UTC')`,
          ),
        ),
      ),
  );
  const countries = db
    .selectDistinct({ code: sql<string>`unnest(${initiatives.countries})`.as("code") })
    .from(initiatives)
    .where(visible)
    .as("covered");
  const [groups, [covered], [pairs], [places], [requests]] = await Promise.all([
    db
      .select({
        stage: initiatives.stage,
        kind: initiatives.kind,
        subRegion: initiatives.subRegion,
        n: count(),
        recognized: sql<number>`count(*) filter (where ${initiatives.recognizedOn} is not null)::int`,
        helped: sql<number>`count(*) filter (where ${initiatives.recognizedOn} is not null and ${helped})::int`,
      })
      .from(initiatives)
      .where(visible)
      .groupBy(initiatives.stage, initiatives.kind, initiatives.subRegion),
    db.select({ n: count() }).from(countries),
    db
      .select({
        active: sql<number>`count(*) filter (where ${mentorships.state} = 'active')::int`,
        completed: sql<number>`count(*) filter (where ${mentorships.state} = 'completed')::int`,
      })
      .from(mentorships)
      .innerJoin(mentor, eq(mentor.id, mentorships.mentorInitiativeId))
      .innerJoin(mentee, eq(mentee.id, mentorships.menteeInitiativeId))
      .where(and(isNotNull(mentor.verifiedAt), isNotNull(mentee.verifiedAt))),
    db
      .select({
        offers: count(),
        free: sql<number>`coalesce(sum(${offers.capacity} - ${offers.activeCount}), 0)::int`,
      })
      .from(offers)
      .innerJoin(initiatives, eq(initiatives.id, offers.initiativeId))
      .where(and(eq(offers.status, "active"), lt(offers.activeCount, offers.capacity), visible)),
    db
      .select({ n: count() })
      .from(helpRequests)
      .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
      .where(and(eq(helpRequests.status, "open"), visible)),
  ]);

  const stats: NetworkStats = {
    initiatives: 0,
    byStage: zeros(STAGES),
    byKind: zeros(INITIATIVE_KINDS),
    bySubRegion: zeros(SUB_REGIONS),
    countries: Number(covered?.n ?? 0),
    recognized: 0,
    recognizedWithMentor: 0,
    activeMentorships: Number(pairs?.active ?? 0),
    completedMentorships: Number(pairs?.completed ?? 0),
    offersWithPlaces: Number(places?.offers ?? 0),
    freePlaces: Number(places?.free ?? 0),
    openRequests: Number(requests?.n ?? 0),
  };
  for (const group of groups) {
    const n = Number(group.n);
    stats.initiatives += n;
    stats.byStage[group.stage] += n;
    stats.byKind[group.kind] += n;
    stats.bySubRegion[group.subRegion] += n;
    stats.recognized += Number(group.recognized);
    stats.recognizedWithMentor += Number(group.helped);
  }
  return stats;
}
