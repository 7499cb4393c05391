import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "../index";
import { helpRequests, initiatives, matchingDrafts, matchingRuns, offers, users } from "../schema";
import {
  MATCHING_DRAFT_STATES,
  type MatchingDraftState,
  type MatchingRunState,
} from "../schema/enums";
import { inBatches } from "./batches";
import { inWindow, type ListWindow } from "./window";

export type RunValues = Omit<
  typeof matchingRuns.$inferInsert,
  "id" | "state" | "createdAt" | "closedAt" | "closedBy"
>;
export type DraftValues = Omit<
  typeof matchingDrafts.$inferInsert,
  "id" | "runId" | "state" | "refusal" | "mentorshipId" | "updatedAt"
>;

export async function insertRun(run: RunValues, drafts: DraftValues[], db: Executor) {
  const [row] = await db.insert(matchingRuns).values(run).returning({ id: matchingRuns.id });
  if (!row) throw new Error("run not stored");
  await inBatches(drafts, (batch) =>
    db.insert(matchingDrafts).values(batch.map((d) => ({ ...d, runId: row.id }))),
  );
  return row;
}

export async function getRun(id: string, db: Executor = getDb()) {
  const [row] = await db
    .select({
      id: matchingRuns.id,
      penalty: matchingRuns.penalty,
      state: matchingRuns.state,
      requestCount: matchingRuns.requestCount,
      offerCount: matchingRuns.offerCount,
      edgeCount: matchingRuns.edgeCount,
      totalScore: matchingRuns.totalScore,
      solveMs: matchingRuns.solveMs,
      unmatchedRequestIds: matchingRuns.unmatchedRequestIds,
      message: matchingRuns.message,
      createdAt: matchingRuns.createdAt,
      closedAt: matchingRuns.closedAt,
      createdByName: users.name,
    })
    .from(matchingRuns)
    .leftJoin(users, eq(users.id, matchingRuns.createdBy))
    .where(eq(matchingRuns.id, id));
  return row;
}

export async function lockRun(id: string, db: Executor) {
  const [row] = await db
    .select({ id: matchingRuns.id, state: matchingRuns.state })
    .from(matchingRuns)
    .where(eq(matchingRuns.id, id))
    .for("update");
  return row;
}

export async function closeRun(
  id: string,
  state: Exclude<MatchingRunState, "draft">,
  values: { closedBy: string; message?: string },
  db: Executor,
) {
  await db
    .update(matchingRuns)
    .set({ state, closedAt: new Date(), ...values })
    .where(eq(matchingRuns.id, id));
}

/** The latest runs, newest first, with how their drafts ended. */
export function listRuns(limit = 20, db: Executor = getDb()) {
  return db
    .select({
      id: matchingRuns.id,
      state: matchingRuns.state,
      penalty: matchingRuns.penalty,
      requestCount: matchingRuns.requestCount,
      offerCount: matchingRuns.offerCount,
      totalScore: matchingRuns.totalScore,
      createdAt: matchingRuns.createdAt,
      createdByName: users.name,
      drafts: sql<number>`(select count(*)::int from ${matchingDrafts} where ${matchingDrafts.runId} = ${matchingRuns.id})`,
      published: sql<number>`(select count(*)::int from ${matchingDrafts} where ${matchingDrafts.runId} = ${matchingRuns.id} and ${matchingDrafts.state} = 'published')`,
    })
    .from(matchingRuns)
    .leftJoin(users, eq(users.id, matchingRuns.createdBy))
    .orderBy(desc(matchingRuns.createdAt))
    .limit(limit);
}

const mentor = alias(initiatives, "mentor");
const mentee = alias(initiatives, "mentee");

/** Drafts per page of a run's review: a network-wide run drafts thousands. */
export const DRAFTS_PAGE_SIZE = 50;

/** A run's drafts with both initiatives' names, best score first; all, or a page of them. */
export function listDrafts(runId: string, slice: ListWindow = {}, db: Executor = getDb()) {
  const query = db
    .select({
      id: matchingDrafts.id,
      requestId: matchingDrafts.requestId,
      offerId: matchingDrafts.offerId,
      score: matchingDrafts.score,
      reasons: matchingDrafts.reasons,
      state: matchingDrafts.state,
      refusal: matchingDrafts.refusal,
      mentorshipId: matchingDrafts.mentorshipId,
      requestTopics: helpRequests.topics,
      menteeName: mentee.name,
      menteeSlug: mentee.slug,
      mentorName: mentor.name,
      mentorSlug: mentor.slug,
    })
    .from(matchingDrafts)
    .innerJoin(helpRequests, eq(helpRequests.id, matchingDrafts.requestId))
    .innerJoin(mentee, eq(mentee.id, helpRequests.initiativeId))
    .innerJoin(offers, eq(offers.id, matchingDrafts.offerId))
    .innerJoin(mentor, eq(mentor.id, offers.initiativeId))
    .where(eq(matchingDrafts.runId, runId))
    .orderBy(desc(matchingDrafts.score), matchingDrafts.id)
    .$dynamic();
  return inWindow(query, slice);
}

/** How many of a run's drafts are in each state. */
export async function countDraftsByState(
  runId: string,
  db: Executor = getDb(),
): Promise<Record<MatchingDraftState, number>> {
  const rows = await db
    .select({ state: matchingDrafts.state, n: count() })
    .from(matchingDrafts)
    .where(eq(matchingDrafts.runId, runId))
    .groupBy(matchingDrafts.state);
  const counts = Object.fromEntries(MATCHING_DRAFT_STATES.map((state) => [state, 0]));
  for (const row of rows) counts[row.state] = row.n;
  return counts as Record<MatchingDraftState, number>;
}

const draftColumns = {
  id: matchingDrafts.id,
  runId: matchingDrafts.runId,
  requestId: matchingDrafts.requestId,
  offerId: matchingDrafts.offerId,
  score: matchingDrafts.score,
  requestVersion: matchingDrafts.requestVersion,
  offerVersion: matchingDrafts.offerVersion,
  state: matchingDrafts.state,
};

export async function lockDraft(id: string, db: Executor) {
  const [row] = await db
    .select(draftColumns)
    .from(matchingDrafts)
    .where(eq(matchingDrafts.id, id))
    .for("update");
  return row;
}

export async function updateDraft(
  id: string,
  values: Partial<
    Pick<
      typeof matchingDrafts.$inferInsert,
      "offerId" | "score" | "reasons" | "offerVersion" | "requestVersion"
    >
  > & {
    state?: MatchingDraftState;
    refusal?: string | null;
    mentorshipId?: string | null;
  },
  db: Executor,
) {
  await db.update(matchingDrafts).set(values).where(eq(matchingDrafts.id, id));
}

/** Locks the drafts of a run still waiting to be published, best first (ties by id). */
export function lockPendingDrafts(runId: string, db: Executor) {
  return db
    .select(draftColumns)
    .from(matchingDrafts)
    .where(and(eq(matchingDrafts.runId, runId), eq(matchingDrafts.state, "draft")))
    .orderBy(desc(matchingDrafts.score), matchingDrafts.id)
    .for("update");
}

/** How a publish left each draft: sent as a proposal, or refused with the reason. */
export type SettledDraft =
  | { id: string; state: "published"; mentorshipId: string }
  | { id: string; state: "refused"; refusal: string };

/** Writes what a publish did with each draft, a batch of drafts per statement. */
export function settleDrafts(settled: SettledDraft[], db: Executor) {
  return inBatches(settled, (batch) => {
    const rows = sql.join(
      batch.map((d) =>
        d.state === "published"
          ? sql`(${d.id}::uuid, 'published', null, ${d.mentorshipId}::uuid)`
          : sql`(${d.id}::uuid, 'refused', ${d.refusal}, null::uuid)`,
      ),
      sql`, `,
    );
    return db.execute(sql`
      update ${matchingDrafts}
      set state = v.state::matching_draft_state, refusal = v.refusal, mentorship_id = v.mentorship_id,
        updated_at = now()
      from (values ${rows}) as v(id, state, refusal, mentorship_id)
      where ${matchingDrafts.id} = v.id`);
  });
}

/** How many of a run's live drafts use each offer (an edit must respect the free places). */
export async function countDraftsOnOffers(
  runId: string,
  offerIds: string[],
  db: Executor = getDb(),
) {
  if (offerIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ offerId: matchingDrafts.offerId, count: sql<number>`count(*)::int` })
    .from(matchingDrafts)
    .where(
      and(
        eq(matchingDrafts.runId, runId),
        eq(matchingDrafts.state, "draft"),
        inArray(matchingDrafts.offerId, offerIds),
      ),
    )
    .groupBy(matchingDrafts.offerId);
  return new Map(rows.map((r) => [r.offerId, Number(r.count)]));
}

/** One draft with its run's state, read without a lock. */
export async function getDraft(id: string, db: Executor = getDb()) {
  const [row] = await db
    .select({
      id: matchingDrafts.id,
      runId: matchingDrafts.runId,
      requestId: matchingDrafts.requestId,
      offerId: matchingDrafts.offerId,
      state: matchingDrafts.state,
      runState: matchingRuns.state,
    })
    .from(matchingDrafts)
    .innerJoin(matchingRuns, eq(matchingRuns.id, matchingDrafts.runId))
    .where(eq(matchingDrafts.id, id));
  return row;
}
