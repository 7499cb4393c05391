import { and, count, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "../index";
import {
  auditEvents,
  checklistItems,
  helpRequests,
  initiatives,
  mentorships,
  offers,
  toolkitSteps,
} from "../schema";
import type { HelpTopic, InitiativeKind, Stage, SubRegion, ToolkitPhase } from "../schema/enums";
import { inWindow, type ListWindow } from "./window";

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
export function listOfferCapacity(db: Executor = getDb(), limit?: number) {
  const used = sql<number>`sum(${offers.activeCount})::int`;
  const capacity = sql<number>`sum(${offers.capacity})::int`;
  const query = db
    .select({ initiativeId: initiatives.id, name: initiatives.name, capacity, used })
    .from(offers)
    .innerJoin(initiatives, eq(initiatives.id, offers.initiativeId))
    .where(eq(offers.status, "active"))
    .groupBy(initiatives.id, initiatives.name);
  // A chart of thousands of mentors says nothing: the busiest ones, with the totals beside.
  return limit === undefined
    ? query.orderBy(initiatives.name)
    : query.orderBy(desc(used), desc(capacity), initiatives.name).limit(limit);
}

/** Places on every active offer, and how many mentor initiatives hold them. */
export async function countOfferPlaces(db: Executor = getDb()) {
  const [row] = await db
    .select({
      mentors: sql<number>`count(distinct ${offers.initiativeId})::int`,
      places: sql<number>`coalesce(sum(${offers.capacity}), 0)::int`,
      used: sql<number>`coalesce(sum(${offers.activeCount}), 0)::int`,
    })
    .from(offers)
    .where(eq(offers.status, "active"));
  return { mentors: row?.mentors ?? 0, places: row?.places ?? 0, used: row?.used ?? 0 };
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

/**
 * Steps by status per toolkit phase, over every initiative's own template version. Totals
 * come from initiatives per version × steps, statuses from the saved items grouped first:
 * no initiative × step product, which at ten thousand initiatives is a quarter million rows.
 */
export async function countProgressByPhase(db: Executor = getDb()) {
  const perVersion = db
    .select({ version: initiatives.toolkitVersion, n: count().as("n") })
    .from(initiatives)
    .groupBy(initiatives.toolkitVersion)
    .as("per_version");
  const totals = await db
    .select({ phase: toolkitSteps.phase, total: sql<number>`sum(${perVersion.n})::int` })
    .from(perVersion)
    .innerJoin(toolkitSteps, eq(toolkitSteps.templateVersion, perVersion.version))
    .groupBy(toolkitSteps.phase);
  const saved = db
    .select({
      version: sql<number>`${initiatives.toolkitVersion}`.as("version"),
      stepKey: sql<string>`${checklistItems.stepKey}`.as("step_key"),
      status: sql<string>`${checklistItems.status}`.as("status"),
      n: count().as("n"),
    })
    .from(checklistItems)
    .innerJoin(initiatives, eq(initiatives.id, checklistItems.initiativeId))
    .groupBy(initiatives.toolkitVersion, checklistItems.stepKey, checklistItems.status)
    .as("saved");
  const statuses = await db
    .select({
      phase: toolkitSteps.phase,
      done: sql<number>`coalesce(sum(${saved.n}) filter (where ${saved.status} = 'done'), 0)::int`,
      inProgress: sql<number>`coalesce(sum(${saved.n}) filter (where ${saved.status} = 'in_progress'), 0)::int`,
      notApplicable: sql<number>`coalesce(sum(${saved.n}) filter (where ${saved.status} = 'not_applicable'), 0)::int`,
    })
    .from(saved)
    .innerJoin(
      toolkitSteps,
      and(eq(toolkitSteps.templateVersion, saved.version), eq(toolkitSteps.key, saved.stepKey)),
    )
    .groupBy(toolkitSteps.phase);
  const byPhase = new Map(statuses.map((r) => [r.phase, r]));
  return new Map<
    ToolkitPhase,
    { total: number; done: number; inProgress: number; notApplicable: number }
  >(
    totals.map((r) => {
      const s = byPhase.get(r.phase);
      return [
        r.phase,
        {
          total: Number(r.total),
          done: Number(s?.done ?? 0),
          inProgress: Number(s?.inProgress ?? 0),
          notApplicable: Number(s?.notApplicable ?? 0),
        },
      ];
    }),
  );
}

const mentor = alias(initiatives, "mentor");
const mentee = alias(initiatives, "mentee");

/**
 * Active mentorships with no note and no meeting for `days` days (counting from the start
 * when there is none yet), quietest first, with the last reminder a steward sent.
 */
export function listQuietMentorships(
  days: number,
  { now = new Date(), ...slice }: { now?: Date } & ListWindow = {},
  db: Executor = getDb(),
) {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  // The page is cut before the names and reminders are looked up, so that those are
  // fetched for its rows only; the count has run over every quiet one by then.
  const quiet = inWindow(
    db
      .select({
        id: mentorships.id,
        mentorInitiativeId: mentorships.mentorInitiativeId,
        menteeInitiativeId: mentorships.menteeInitiativeId,
        startedAt: mentorships.startedAt,
        lastActivityAt: mentorships.lastActivityAt,
        total: sql<number>`count(*) over ()`.as("total"),
      })
      .from(mentorships)
      .where(and(eq(mentorships.state, "active"), lt(mentorships.lastActivityAt, cutoff)))
      .orderBy(mentorships.lastActivityAt, mentorships.id)
      .$dynamic(),
    slice,
  ).as("quiet");
  const lastReminder = sql<Date | null>`(select max(${auditEvents.createdAt}) from ${auditEvents} where ${auditEvents.entityType} = 'mentorship' and ${auditEvents.entityId} = ${quiet.id}::text and ${auditEvents.action} = 'mentorship.reminded')`;
  return db
    .select({
      id: quiet.id,
      mentorName: mentor.name,
      menteeName: mentee.name,
      startedAt: quiet.startedAt,
      // Set with the start, so never null on an active mentorship.
      lastActivity: sql<Date>`${quiet.lastActivityAt}`.mapWith((v) => new Date(v as string)),
      lastReminder: lastReminder.mapWith((v) => (v ? new Date(v as string) : null)),
      /** How many are quiet in all, whatever page this is. */
      total: sql<number>`${quiet.total}`.mapWith(Number),
    })
    .from(quiet)
    .innerJoin(mentor, eq(mentor.id, quiet.mentorInitiativeId))
    .innerJoin(mentee, eq(mentee.id, quiet.menteeInitiativeId))
    .orderBy(quiet.lastActivityAt, quiet.id);
}
