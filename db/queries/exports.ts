import { and, asc, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { groupBy } from "@/lib/collections/group-by";
import { type Executor, getDb } from "../index";
import {
  annualMeetings,
  checklistItems,
  initiativeMembers,
  initiatives,
  mentorships,
  toolkitSteps,
  users,
} from "../schema";

// Stewards' downloads. Every function selects public registry facts only: no e-mail
// address, no mailing list, no mentorship message, note, meeting or feedback.

/** Each initiative's registry facts, its leads' names and its annual meetings, by name. */
export async function listInitiativesForExport(db: Executor = getDb()) {
  const [rows, leads, meetings] = await Promise.all([
    db
      .select({
        id: initiatives.id,
        slug: initiatives.slug,
        name: initiatives.name,
        acronym: initiatives.acronym,
        kind: initiatives.kind,
        countries: initiatives.countries,
        subRegion: initiatives.subRegion,
        yearEstablished: initiatives.yearEstablished,
        website: initiatives.website,
        stage: initiatives.stage,
        verifiedAt: initiatives.verifiedAt,
        recognizedOn: initiatives.recognizedOn,
        isDemo: initiatives.isDemo,
      })
      .from(initiatives)
      .orderBy(asc(initiatives.nameKey)),
    // Leads by name; a disabled account no longer coordinates anything.
    db
      .select({ initiativeId: initiativeMembers.initiativeId, name: users.name })
      .from(initiativeMembers)
      .innerJoin(users, eq(users.id, initiativeMembers.userId))
      .where(and(eq(initiativeMembers.role, "lead"), isNull(users.disabledAt), ne(users.name, "")))
      .orderBy(asc(users.name)),
    db
      .select({
        initiativeId: annualMeetings.initiativeId,
        startsOn: annualMeetings.startsOn,
        reportUrl: annualMeetings.reportUrl,
      })
      .from(annualMeetings)
      .orderBy(desc(annualMeetings.startsOn)),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  // Grouped once: filtering the whole list for each initiative took 4.4 s at 10,000.
  const leadsOf = groupBy(leads, (l) => l.initiativeId);
  const meetingsOf = groupBy(meetings, (m) => m.initiativeId);
  return rows.map((row) => {
    const own = meetingsOf.get(row.id) ?? [];
    return {
      ...row,
      coordinators: (leadsOf.get(row.id) ?? []).flatMap((l) => (l.name ? [l.name] : [])),
      // The latest meeting already held (or under way); a planned one is not "last".
      lastMeetingOn: own.find((m) => m.startsOn <= today)?.startsOn ?? null,
      reportUrls: own.flatMap((m) => (m.reportUrl ? [m.reportUrl] : [])),
    };
  });
}

export type InitiativeExportRow = Awaited<ReturnType<typeof listInitiativesForExport>>[number];

/** Every mentorship, oldest first: who mentors whom, on what, and its dates. */
export function listMentorshipsForExport(db: Executor = getDb()) {
  const mentor = alias(initiatives, "mentor");
  const mentee = alias(initiatives, "mentee");
  return db
    .select({
      id: mentorships.id,
      mentorName: mentor.name,
      menteeName: mentee.name,
      topics: mentorships.topics,
      state: mentorships.state,
      proposerSide: mentorships.proposerSide,
      createdAt: mentorships.createdAt,
      startedAt: mentorships.startedAt,
      closedAt: mentorships.closedAt,
    })
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorInitiativeId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeInitiativeId))
    .orderBy(asc(mentorships.createdAt), asc(mentorships.id));
}

export type MentorshipExportRow = Awaited<ReturnType<typeof listMentorshipsForExport>>[number];

/** What progress is computed from: initiatives, the steps of their versions, saved states. */
export async function listProgressSources(db: Executor = getDb()) {
  const [rows, steps, items] = await Promise.all([
    db
      .select({
        id: initiatives.id,
        slug: initiatives.slug,
        name: initiatives.name,
        toolkitVersion: initiatives.toolkitVersion,
      })
      .from(initiatives)
      .orderBy(asc(initiatives.nameKey)),
    db
      .select({
        templateVersion: toolkitSteps.templateVersion,
        key: toolkitSteps.key,
        phase: toolkitSteps.phase,
        title: toolkitSteps.title,
      })
      .from(toolkitSteps)
      .orderBy(asc(toolkitSteps.templateVersion), asc(toolkitSteps.position)),
    db
      .select({
        initiativeId: checklistItems.initiativeId,
        stepKey: checklistItems.stepKey,
        status: checklistItems.status,
      })
      .from(checklistItems),
  ]);
  return { initiatives: rows, steps, items };
}

export type ProgressSources = Awaited<ReturnType<typeof listProgressSources>>;

/** How many rows each download holds, for the exports page. */
export async function countExportRows(db: Executor = getDb()) {
  // The progress file has one row per initiative and phase of its template version.
  const phases = db
    .select({
      version: toolkitSteps.templateVersion,
      n: sql<number>`count(distinct ${toolkitSteps.phase})`.as("n"),
    })
    .from(toolkitSteps)
    .groupBy(toolkitSteps.templateVersion)
    .as("phases");
  const [[a], [b], [c]] = await Promise.all([
    db.select({ n: count() }).from(initiatives),
    db.select({ n: count() }).from(mentorships),
    db
      .select({ n: sql<number>`coalesce(sum(${phases.n}), 0)` })
      .from(initiatives)
      .innerJoin(phases, eq(phases.version, initiatives.toolkitVersion)),
  ]);
  return {
    initiatives: Number(a?.n ?? 0),
    mentorships: Number(b?.n ?? 0),
    progress: Number(c?.n ?? 0),
  };
}
