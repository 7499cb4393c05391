import { sql } from "drizzle-orm";
import type { Executor } from "../index";
import { mentorshipMeetings, mentorshipNotes, mentorships } from "../schema";

/** Every mentorship's last activity, worked out here from its start, notes and meetings. */
export async function recountLastActivity(db: Executor) {
  const notes = db
    .select({
      mentorshipId: mentorshipNotes.mentorshipId,
      at: sql<string>`max(${mentorshipNotes.createdAt})`.as("note_at"),
    })
    .from(mentorshipNotes)
    .groupBy(mentorshipNotes.mentorshipId)
    .as("notes");
  const meetings = db
    .select({
      mentorshipId: mentorshipMeetings.mentorshipId,
      at: sql<string>`max(${mentorshipMeetings.heldOn})::timestamptz`.as("meeting_at"),
    })
    .from(mentorshipMeetings)
    .groupBy(mentorshipMeetings.mentorshipId)
    .as("meetings");
  const rows = await db
    .select({
      id: mentorships.id,
      at: sql<string | null>`greatest(${mentorships.startedAt}, ${notes.at}, ${meetings.at})::text`,
    })
    .from(mentorships)
    .leftJoin(notes, sql`${notes.mentorshipId} = ${mentorships.id}`)
    .leftJoin(meetings, sql`${meetings.mentorshipId} = ${mentorships.id}`)
    .orderBy(mentorships.id);
  return rows.map((r) => `${r.id}=${r.at}`);
}

/** What the database keeps, in the same form. */
export async function keptLastActivity(db: Executor) {
  const rows = await db
    .select({ id: mentorships.id, at: sql<string | null>`${mentorships.lastActivityAt}::text` })
    .from(mentorships)
    .orderBy(mentorships.id);
  return rows.map((r) => `${r.id}=${r.at}`);
}
