import { and, asc, desc, eq, exists, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import {
  initiativeMembers,
  mentorshipFeedback,
  mentorshipGoals,
  mentorshipMeetings,
  mentorshipNotes,
  mentorships,
  stepComments,
  users,
} from "../schema";
import type { ProposerSide } from "../schema/enums";

export function listGoals(mentorshipId: string, db: Executor = getDb()) {
  return db
    .select({ stepKey: mentorshipGoals.stepKey })
    .from(mentorshipGoals)
    .where(eq(mentorshipGoals.mentorshipId, mentorshipId));
}

export async function addGoal(mentorshipId: string, stepKey: string, db: Executor) {
  const rows = await db
    .insert(mentorshipGoals)
    .values({ mentorshipId, stepKey })
    .onConflictDoNothing()
    .returning({ stepKey: mentorshipGoals.stepKey });
  return rows.length > 0;
}

export function removeGoal(mentorshipId: string, stepKey: string, db: Executor) {
  return db
    .delete(mentorshipGoals)
    .where(
      and(eq(mentorshipGoals.mentorshipId, mentorshipId), eq(mentorshipGoals.stepKey, stepKey)),
    )
    .returning({ stepKey: mentorshipGoals.stepKey });
}

export function listNotes(mentorshipId: string, db: Executor = getDb()) {
  return db
    .select({
      id: mentorshipNotes.id,
      body: mentorshipNotes.body,
      createdAt: mentorshipNotes.createdAt,
      authorName: users.name,
    })
    .from(mentorshipNotes)
    .leftJoin(users, eq(users.id, mentorshipNotes.authorId))
    .where(eq(mentorshipNotes.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipNotes.createdAt));
}

export async function insertNote(values: typeof mentorshipNotes.$inferInsert, db: Executor) {
  await db.insert(mentorshipNotes).values(values);
}

export function listMeetingsOf(mentorshipId: string, db: Executor = getDb()) {
  return db
    .select({
      id: mentorshipMeetings.id,
      heldOn: mentorshipMeetings.heldOn,
      minutes: mentorshipMeetings.minutes,
      summary: mentorshipMeetings.summary,
      nextSteps: mentorshipMeetings.nextSteps,
      authorName: users.name,
    })
    .from(mentorshipMeetings)
    .leftJoin(users, eq(users.id, mentorshipMeetings.createdBy))
    .where(eq(mentorshipMeetings.mentorshipId, mentorshipId))
    .orderBy(desc(mentorshipMeetings.heldOn));
}

export async function insertMeetingLog(
  values: typeof mentorshipMeetings.$inferInsert,
  db: Executor,
) {
  await db.insert(mentorshipMeetings).values(values);
}

export async function upsertFeedback(
  values: {
    mentorshipId: string;
    side: ProposerSide;
    rating: number;
    comment: string;
    authorId: string;
  },
  db: Executor,
) {
  await db
    .insert(mentorshipFeedback)
    .values(values)
    .onConflictDoUpdate({
      target: [mentorshipFeedback.mentorshipId, mentorshipFeedback.side],
      set: { rating: values.rating, comment: values.comment, authorId: values.authorId },
    });
}

export function listFeedback(mentorshipId: string, db: Executor = getDb()) {
  return db
    .select({
      side: mentorshipFeedback.side,
      rating: mentorshipFeedback.rating,
      comment: mentorshipFeedback.comment,
    })
    .from(mentorshipFeedback)
    .where(eq(mentorshipFeedback.mentorshipId, mentorshipId));
}

/** Whether the person belongs to an initiative that actively mentors this one. */
export async function isActiveMentorOf(
  menteeInitiativeId: string,
  userId: string,
  db: Executor = getDb(),
): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(mentorships)
    .where(
      and(
        eq(mentorships.menteeInitiativeId, menteeInitiativeId),
        eq(mentorships.state, "active"),
        exists(
          db
            .select({ one: sql`1` })
            .from(initiativeMembers)
            .where(
              and(
                eq(initiativeMembers.initiativeId, mentorships.mentorInitiativeId),
                eq(initiativeMembers.userId, userId),
              ),
            ),
        ),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export function listStepComments(initiativeId: string, stepKey: string, db: Executor = getDb()) {
  return db
    .select({
      id: stepComments.id,
      body: stepComments.body,
      createdAt: stepComments.createdAt,
      authorName: users.name,
    })
    .from(stepComments)
    .leftJoin(users, eq(users.id, stepComments.authorId))
    .where(and(eq(stepComments.initiativeId, initiativeId), eq(stepComments.stepKey, stepKey)))
    .orderBy(asc(stepComments.createdAt));
}

export async function insertStepComment(values: typeof stepComments.$inferInsert, db: Executor) {
  await db.insert(stepComments).values(values);
}
