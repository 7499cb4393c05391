import { and, desc, eq, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "../index";
import {
  helpRequests,
  initiativeMembers,
  initiatives,
  mentorships,
  mentorshipTopics,
  offers,
} from "../schema";
import type { HelpTopic, MemberRole } from "../schema/enums";
import { inBatches } from "./batches";

/** Stores new mentorships (their ids chosen by the caller), in the caller's transaction. */
export function insertMentorships(rows: (typeof mentorships.$inferInsert)[], db: Executor) {
  return inBatches(rows, (batch) => db.insert(mentorships).values(batch), 500);
}

/** Locks a mentorship row for a state change. */
export async function lockMentorship(id: string, db: Executor) {
  const [row] = await db.select().from(mentorships).where(eq(mentorships.id, id)).for("update");
  return row;
}

export async function setMentorshipState(
  id: string,
  values: Partial<
    Pick<
      typeof mentorships.$inferInsert,
      "state" | "answeredBy" | "answerReason" | "startedAt" | "closedAt"
    >
  >,
  db: Executor,
) {
  await db.update(mentorships).set(values).where(eq(mentorships.id, id));
}

/**
 * Takes one place on the offer if one is free. One guarded UPDATE: concurrent accepts
 * queue on the row lock and the last ones find no place (and the CHECK constraint stands
 * behind it). Returns false when the offer is full or no longer active.
 */
export async function takePlace(offerId: string, db: Executor): Promise<boolean> {
  const rows = await db
    .update(offers)
    .set({ activeCount: sql`${offers.activeCount} + 1` })
    .where(
      and(
        eq(offers.id, offerId),
        eq(offers.status, "active"),
        lt(offers.activeCount, offers.capacity),
      ),
    )
    .returning({ id: offers.id });
  return rows.length > 0;
}

export async function releasePlace(offerId: string, db: Executor) {
  await db
    .update(offers)
    .set({ activeCount: sql`greatest(${offers.activeCount} - 1, 0)` })
    .where(eq(offers.id, offerId));
}

export async function activateTopics(
  m: { id: string; mentorInitiativeId: string; menteeInitiativeId: string; topics: HelpTopic[] },
  db: Executor,
) {
  await db.insert(mentorshipTopics).values(
    m.topics.map((topic) => ({
      mentorshipId: m.id,
      mentorInitiativeId: m.mentorInitiativeId,
      menteeInitiativeId: m.menteeInitiativeId,
      topic,
    })),
  );
}

export async function deactivateTopics(mentorshipId: string, db: Executor) {
  await db
    .update(mentorshipTopics)
    .set({ active: false })
    .where(eq(mentorshipTopics.mentorshipId, mentorshipId));
}

/** What a state change returns of each proposal it changed, to tell its proposer. */
const proposalSides = {
  id: mentorships.id,
  proposerSide: mentorships.proposerSide,
  mentorInitiativeId: mentorships.mentorInitiativeId,
  menteeInitiativeId: mentorships.menteeInitiativeId,
};

/** Proposals still waiting at `now` past their date. */
const dueAt = (now: Date) =>
  and(eq(mentorships.state, "proposed"), lte(mentorships.expiresAt, now));

/**
 * Withdraws the other proposals waiting on a request just matched, in one statement, and
 * returns them (their proposers are told).
 */
export function withdrawCompetingProposals(requestId: string, matchedId: string, db: Executor) {
  return db
    .update(mentorships)
    .set({ state: "withdrawn", closedAt: new Date(), answerReason: "matched" })
    .where(
      and(
        eq(mentorships.requestId, requestId),
        eq(mentorships.state, "proposed"),
        ne(mentorships.id, matchedId),
      ),
    )
    .returning(proposalSides);
}

/** Whether any proposal is past its date (an indexed read; most page views find none). */
export async function hasDueProposals(now: Date, db: Executor) {
  const [row] = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(dueAt(now))
    .limit(1);
  return row !== undefined;
}

/**
 * Marks proposals past their date expired in one statement (all of them, or one) and
 * returns those it changed. A sweep of all skips the rows another transaction holds (an
 * accept, another sweep): it never waits while holding rows, so it cannot deadlock, and
 * the holder (or the next sweep) settles those. Each proposal is expired once.
 */
export function expireProposals(scope: { now: Date; id?: string }, db: Executor) {
  const due = dueAt(scope.now);
  return db
    .update(mentorships)
    .set({ state: "expired", closedAt: new Date() })
    .where(
      scope.id
        ? and(due, eq(mentorships.id, scope.id))
        : inArray(
            mentorships.id,
            db
              .select({ id: mentorships.id })
              .from(mentorships)
              .where(due)
              .for("update", { skipLocked: true }),
          ),
    )
    .returning(proposalSides);
}

/** An initiative's mentorships on either side, in every state, newest first. */
export function listMentorshipsOf(initiativeId: string, db: Executor = getDb()) {
  const mentor = sql<string>`(select name from ${initiatives} where ${initiatives.id} = ${mentorships.mentorInitiativeId})`;
  const mentee = sql<string>`(select name from ${initiatives} where ${initiatives.id} = ${mentorships.menteeInitiativeId})`;
  return db
    .select({
      id: mentorships.id,
      state: mentorships.state,
      topics: mentorships.topics,
      proposerSide: mentorships.proposerSide,
      message: mentorships.message,
      answerReason: mentorships.answerReason,
      expiresAt: mentorships.expiresAt,
      createdAt: mentorships.createdAt,
      mentorInitiativeId: mentorships.mentorInitiativeId,
      menteeInitiativeId: mentorships.menteeInitiativeId,
      mentorName: mentor,
      menteeName: mentee,
    })
    .from(mentorships)
    .where(
      or(
        eq(mentorships.mentorInitiativeId, initiativeId),
        eq(mentorships.menteeInitiativeId, initiativeId),
      ),
    )
    .orderBy(desc(mentorships.createdAt));
}

export async function setRequestMatched(requestId: string, db: Executor) {
  await db.update(helpRequests).set({ status: "matched" }).where(eq(helpRequests.id, requestId));
}

/** Which request a mentorship answers, read without a lock (to lock in a fixed order). */
export async function getMentorshipRequestId(id: string, db: Executor) {
  const [row] = await db
    .select({ requestId: mentorships.requestId })
    .from(mentorships)
    .where(eq(mentorships.id, id));
  return row?.requestId;
}

/** Locks a request; accepts for one request take this lock first, so they never deadlock. */
export async function lockRequest(id: string, db: Executor) {
  const [row] = await db
    .select({ status: helpRequests.status })
    .from(helpRequests)
    .where(eq(helpRequests.id, id))
    .for("update");
  return row;
}

/**
 * Locks many requests in one statement, in id order: two publishers meet their common
 * requests in the same order, and an accept holds one request, so none of them deadlock.
 */
export async function lockRequests(ids: string[], db: Executor) {
  await inBatches([...ids].sort(), (batch) =>
    db
      .select({ id: helpRequests.id })
      .from(helpRequests)
      .where(inArray(helpRequests.id, batch))
      .orderBy(helpRequests.id)
      .for("update"),
  );
}

/**
 * A mentorship as one person sees it, in one round trip: both initiatives' names and slugs
 * and the viewer's role on each side (null when not a member).
 */
export async function getMentorshipView(id: string, viewerId: string, db: Executor = getDb()) {
  const mentor = alias(initiatives, "mentor");
  const mentee = alias(initiatives, "mentee");
  const roleIn = (initiativeId: AnyPgColumn) =>
    sql<MemberRole | null>`(select ${initiativeMembers.role} from ${initiativeMembers} where ${initiativeMembers.initiativeId} = ${initiativeId} and ${initiativeMembers.userId} = ${viewerId})`;
  const [row] = await db
    .select({
      id: mentorships.id,
      state: mentorships.state,
      topics: mentorships.topics,
      proposerSide: mentorships.proposerSide,
      message: mentorships.message,
      answerReason: mentorships.answerReason,
      expiresAt: mentorships.expiresAt,
      startedAt: mentorships.startedAt,
      closedAt: mentorships.closedAt,
      createdAt: mentorships.createdAt,
      mentorInitiativeId: mentorships.mentorInitiativeId,
      menteeInitiativeId: mentorships.menteeInitiativeId,
      mentorName: mentor.name,
      menteeName: mentee.name,
      mentorSlug: mentor.slug,
      menteeSlug: mentee.slug,
      mentorRole: roleIn(mentorships.mentorInitiativeId),
      menteeRole: roleIn(mentorships.menteeInitiativeId),
    })
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorInitiativeId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeInitiativeId))
    .where(eq(mentorships.id, id));
  return row;
}

/** A mentorship still under way: proposed and waiting for an answer, or active. */
export const isLive = inArray(mentorships.state, ["proposed", "active"]);

/**
 * Offer–request pairs that already have a proposal waiting or an active mentorship: across
 * the network, or those of some requests (read by request, indexed).
 */
export async function listLivePairs(
  scope: { requestIds: string[] } | undefined,
  db: Executor = getDb(),
) {
  const pairs = { offerId: mentorships.offerId, requestId: mentorships.requestId };
  if (!scope) return db.select(pairs).from(mentorships).where(isLive);
  const rows: { offerId: string; requestId: string }[] = [];
  await inBatches([...new Set(scope.requestIds)], async (batch) => {
    rows.push(
      ...(await db
        .select(pairs)
        .from(mentorships)
        .where(and(inArray(mentorships.requestId, batch), isLive))),
    );
  });
  return rows;
}
