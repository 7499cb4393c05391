import { and, count, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "../index";
import {
  auditEvents,
  checklistItems,
  helpRequests,
  initiatives,
  mentorshipMeetings,
  mentorshipNotes,
  mentorships,
  offers,
  toolkitSteps,
} from "../schema";
import type { HelpTopic, InitiativeKind, Stage, SubRegion, ToolkitPhase } from "../schema/enums";

/** How many initiatives there are by stage, kind and sub-region (all of them: stewards see every one). */
export async function countInitiativesBy(db: Executor = getDb()) {
  const rows = await db
    .select({
      stage: initiatives.stage,
      kind: initiatives.kind,
      subRegion: initiatives.subRegion,
      count: count(),
    })
    .from(initiatives)
    .groupBy(initiatives.stage, initiatives.kind, initiatives.subRegion);
  const tally = <K extends string>(key: (r: (typeof rows)[number]) => K) => {
    const out = new Map<K, number>();
    for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + Number(r.count));
    return out;
  };
  return {
    total: rows.reduce((sum, r) => sum + Number(r.count), 0),
    byStage: tally<Stage>((r) => r.stage),
    byKind: tally<InitiativeKind>((r) => r.kind),
    bySubRegion: tally<SubRegion>((r) => r.subRegion),
  };
}

/**
 * Open requests per requested topic, split into those with a proposal waiting and those
 * with nothing at all (unmatched): the gaps stewards act on.
 */
export async function countOpenRequestsByTopic(db: Executor = getDb()) {
  // Spelled out: drizzle leaves columns unqualified in one-table selects, and a bare "id"
  // inside the subquery would be the mentorship's.
  const waiting = sql<boolean>`exists (select 1 from mentorships m where m.request_id = help_requests.id and m.state = 'proposed')`;
  const rows = await db
    .select({
      topic: sql<HelpTopic>`unnest(${helpRequests.topics})`,
      waiting,
      count: count(),
    })
    .from(helpRequests)
    .where(eq(helpRequests.status, "open"))
    .groupBy(sql`1`, sql`2`);
  const [totals] = await db
    .select({ open: count(), unmatched: sql<number>`count(*) filter (where not ${waiting})::int` })
    .from(helpRequests)
    .where(eq(helpRequests.status, "open"));
  const byTopic = new Map<HelpTopic, { waiting: number; unmatched: number }>();
  for (const r of rows) {
    const entry = byTopic.get(r.topic) ?? { waiting: 0, unmatched: 0 };
    if (r.waiting) entry.waiting += Number(r.count);
    else entry.unmatched += Number(r.count);
    byTopic.set(r.topic, entry);
  }
  return { open: Number(totals?.open ?? 0), unmatched: Number(totals?.unmatched ?? 0), byTopic };
}

/** Places in use and free on every active offer, by mentor initiative. */
export function listOfferCapacity(db: Executor = getDb()) {
  return db
    .select({
      initiativeId: initiatives.id,
      name: initiatives.name,
      capacity: sql<number>`sum(${offers.capacity})::int`,
      used: sql<number>`sum(${offers.activeCount})::int`,
    })
    .from(offers)
    .innerJoin(initiatives, eq(initiatives.id, offers.initiativeId))
    .where(eq(offers.status, "active"))
    .groupBy(initiatives.id, initiatives.name)
    .orderBy(initiatives.name);
}

/** When each mentorship started and closed, to draw the network's mentorships over time. */
export function listMentorshipSpans(db: Executor = getDb()) {
  return db
    .select({
      state: mentorships.state,
      startedAt: mentorships.startedAt,
      closedAt: mentorships.closedAt,
    })
    .from(mentorships)
    .where(inArray(mentorships.state, ["active", "completed", "ended"]));
}

/** Steps by status per toolkit phase, over every initiative's own template version. */
export async function countProgressByPhase(db: Executor = getDb()) {
  const rows = await db
    .select({
      phase: toolkitSteps.phase,
      total: count(),
      done: sql<number>`count(*) filter (where ${checklistItems.status} = 'done')::int`,
      inProgress: sql<number>`count(*) filter (where ${checklistItems.status} = 'in_progress')::int`,
      notApplicable: sql<number>`count(*) filter (where ${checklistItems.status} = 'not_applicable')::int`,
    })
    .from(initiatives)
    .innerJoin(toolkitSteps, eq(toolkitSteps.templateVersion, initiatives.toolkitVersion))
    .leftJoin(
      checklistItems,
      and(
        eq(checklistItems.initiativeId, initiatives.id),
        eq(checklistItems.stepKey, toolkitSteps.key),
      ),
    )
    .groupBy(toolkitSteps.phase);
  return new Map<
    ToolkitPhase,
    { total: number; done: number; inProgress: number; notApplicable: number }
  >(
    rows.map((r) => [
      r.phase,
      {
        total: Number(r.total),
        done: Number(r.done),
        inProgress: Number(r.inProgress),
        notApplicable: Number(r.notApplicable),
      },
    ]),
  );
}

const mentor = alias(initiatives, "mentor");
const mentee = alias(initiatives, "mentee");

/**
 * Active mentorships with no note and no meeting for `days` days (counting from the start
 * when there is none yet), quietest first, with the last reminder a steward sent.
 */
export function listQuietMentorships(days: number, now = new Date(), db: Executor = getDb()) {
  const lastNote = sql`(select max(${mentorshipNotes.createdAt}) from ${mentorshipNotes} where ${mentorshipNotes.mentorshipId} = ${mentorships.id})`;
  const lastMeeting = sql`(select max(${mentorshipMeetings.heldOn})::timestamptz from ${mentorshipMeetings} where ${mentorshipMeetings.mentorshipId} = ${mentorships.id})`;
  const lastActivity = sql<Date>`greatest(${mentorships.startedAt}, ${lastNote}, ${lastMeeting})`;
  const lastReminder = sql<Date | null>`(select max(${auditEvents.createdAt}) from ${auditEvents} where ${auditEvents.entityType} = 'mentorship' and ${auditEvents.entityId} = ${mentorships.id}::text and ${auditEvents.action} = 'mentorship.reminded')`;
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  return db
    .select({
      id: mentorships.id,
      mentorName: mentor.name,
      menteeName: mentee.name,
      startedAt: mentorships.startedAt,
      lastActivity: lastActivity.mapWith((v) => new Date(v as string)),
      lastReminder: lastReminder.mapWith((v) => (v ? new Date(v as string) : null)),
    })
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorInitiativeId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeInitiativeId))
    .where(and(eq(mentorships.state, "active"), sql`${lastActivity} < ${cutoff.toISOString()}`))
    .orderBy(lastActivity);
}
