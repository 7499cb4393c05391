import { and, asc, desc, eq } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { annualMeetings, committeeMembers } from "../schema";

export function listCommittee(initiativeId: string, db: Executor = getDb()) {
  return db
    .select({
      id: committeeMembers.id,
      name: committeeMembers.name,
      stakeholderGroup: committeeMembers.stakeholderGroup,
      gender: committeeMembers.gender,
      city: committeeMembers.city,
      country: committeeMembers.country,
      committeeRole: committeeMembers.committeeRole,
    })
    .from(committeeMembers)
    .where(eq(committeeMembers.initiativeId, initiativeId))
    .orderBy(asc(committeeMembers.stakeholderGroup), asc(committeeMembers.name));
}

export async function insertCommitteeMember(
  values: typeof committeeMembers.$inferInsert,
  db: Executor = getDb(),
) {
  const [row] = await db
    .insert(committeeMembers)
    .values(values)
    .returning({ id: committeeMembers.id });
  return row;
}

/** Deletes an entry only when it belongs to that initiative (ids from another one match nothing). */
export function deleteCommitteeMember(
  initiativeId: string,
  entryId: string,
  db: Executor = getDb(),
) {
  return db
    .delete(committeeMembers)
    .where(and(eq(committeeMembers.id, entryId), eq(committeeMembers.initiativeId, initiativeId)))
    .returning({ name: committeeMembers.name });
}

/** Annual meetings, newest first. */
export function listMeetings(initiativeId: string, db: Executor = getDb()) {
  return db
    .select({
      id: annualMeetings.id,
      edition: annualMeetings.edition,
      startsOn: annualMeetings.startsOn,
      endsOn: annualMeetings.endsOn,
      venue: annualMeetings.venue,
      format: annualMeetings.format,
      agendaUrl: annualMeetings.agendaUrl,
      reportUrl: annualMeetings.reportUrl,
    })
    .from(annualMeetings)
    .where(eq(annualMeetings.initiativeId, initiativeId))
    .orderBy(desc(annualMeetings.startsOn), desc(annualMeetings.edition));
}

export async function insertMeeting(
  values: typeof annualMeetings.$inferInsert,
  db: Executor = getDb(),
) {
  const [row] = await db.insert(annualMeetings).values(values).returning({ id: annualMeetings.id });
  return row;
}

export function deleteMeeting(initiativeId: string, entryId: string, db: Executor = getDb()) {
  return db
    .delete(annualMeetings)
    .where(and(eq(annualMeetings.id, entryId), eq(annualMeetings.initiativeId, initiativeId)))
    .returning({ edition: annualMeetings.edition });
}
