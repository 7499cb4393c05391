import { and, asc, desc, eq, gte, ilike, inArray, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "../index";
import { auditEvents, helpRequests, initiatives, mentorships, offers, users } from "../schema";
import { redactAuditPayload } from "./audit-redaction";
import { inBatches } from "./batches";
import { containing } from "./like";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Records who did what; call it inside the transaction that did it. */
export function recordAudit(event: AuditInput, db: Executor = getDb()): Promise<void> {
  return recordAudits([event], db);
}

/** Records many events at once (a network-wide publish), in the caller's transaction. */
export async function recordAudits(events: AuditInput[], db: Executor = getDb()): Promise<void> {
  await inBatches(events, (batch) =>
    db.insert(auditEvents).values(
      batch.map((event) => ({
        actorId: event.actorId,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        before: event.before ?? null,
        after: event.after ?? null,
      })),
    ),
  );
}

export const AUDIT_PAGE_SIZE = 50;

/** Filters of the stewards' audit log; dates are whole UTC days, both inclusive. */
export type AuditFilters = {
  initiativeId?: string;
  person?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

function dayStart(isoDate: string | undefined): Date | undefined {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return undefined;
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  // "2024-02-30" parses as 1 March; only a date that reads back the same is one.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(isoDate) ? date : undefined;
}

/**
 * Events about an initiative: the initiative itself, its mentorships (either side), its
 * offers and requests, and any event whose before/after names it as `initiativeId`.
 * Today's callers record initiative changes (offers and requests included) on the
 * initiative and workspace changes on the mentorship, so the first two branches find
 * nearly everything; the JSON branches cost a scan of audit_events until an expression
 * index on (after->>'initiativeId') / (before->>'initiativeId') exists.
 */
function concernsInitiative(id: string, db: Executor) {
  if (!UUID.test(id)) return sql`false`;
  const ids = (table: typeof offers | typeof helpRequests) =>
    db
      .select({ id: sql`${table.id}::text` })
      .from(table)
      .where(eq(table.initiativeId, id));
  return or(
    and(eq(auditEvents.entityType, "initiative"), eq(auditEvents.entityId, id)),
    and(
      eq(auditEvents.entityType, "mentorship"),
      inArray(
        auditEvents.entityId,
        db
          .select({ id: sql`${mentorships.id}::text` })
          .from(mentorships)
          .where(
            or(eq(mentorships.mentorInitiativeId, id), eq(mentorships.menteeInitiativeId, id)),
          ),
      ),
    ),
    and(eq(auditEvents.entityType, "offer"), inArray(auditEvents.entityId, ids(offers))),
    and(
      inArray(auditEvents.entityType, ["request", "help_request"]),
      inArray(auditEvents.entityId, ids(helpRequests)),
    ),
    sql`${auditEvents.after} ->> 'initiativeId' = ${id}`,
    sql`${auditEvents.before} ->> 'initiativeId' = ${id}`,
  );
}

/**
 * One page of the audit log, newest first, for stewards: who (by name only), what, to
 * which record, with private mentorship workspace text removed (see audit-redaction.ts).
 */
export async function listAuditEvents(filters: AuditFilters, db: Executor = getDb()) {
  const page = Math.max(1, Math.min(10_000, Math.trunc(filters.page ?? 1) || 1));
  const person = filters.person?.trim();
  const pattern = person ? containing(person) : undefined;
  const from = dayStart(filters.from);
  const toStart = dayStart(filters.to);
  const rows = await db
    .select({
      id: auditEvents.id,
      createdAt: auditEvents.createdAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      actorId: auditEvents.actorId,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        filters.initiativeId ? concernsInitiative(filters.initiativeId, db) : undefined,
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
        filters.action ? eq(auditEvents.action, filters.action) : undefined,
        from ? gte(auditEvents.createdAt, from) : undefined,
        toStart ? lt(auditEvents.createdAt, new Date(toStart.getTime() + DAY_MS)) : undefined,
      ),
    )
    // Events of one transaction share a timestamp; the id keeps pages from overlapping.
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  const subjects = await describeSubjects(events, db);
  return {
    page,
    hasNext: rows.length > AUDIT_PAGE_SIZE,
    events: events.map(({ actorId, ...event }) => ({
      ...event,
      ...redactAuditPayload(event),
      isSystem: actorId === null,
      subject: subjects.get(`${event.entityType}:${event.entityId}`) ?? null,
    })),
  };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

export type AuditSubject =
  | { kind: "initiative"; href: string; name: string }
  | { kind: "mentorship"; href: string; mentor: string; mentee: string }
  | { kind: "offer" | "request"; href: string; name: string };

/** Names and page links for the records a page of events is about, in one query per kind. */
async function describeSubjects(
  events: { entityType: string; entityId: string }[],
  db: Executor,
): Promise<Map<string, AuditSubject>> {
  const idsOf = (...types: string[]) => [
    ...new Set(
      events
        .filter((e) => types.includes(e.entityType) && UUID.test(e.entityId))
        .map((e) => e.entityId),
    ),
  ];
  const [initiativeIds, mentorshipIds, offerIds, requestIds] = [
    idsOf("initiative"),
    idsOf("mentorship"),
    idsOf("offer"),
    idsOf("request", "help_request"),
  ];
  const mentor = alias(initiatives, "mentor");
  const mentee = alias(initiatives, "mentee");
  const listing = (table: typeof offers | typeof helpRequests, ids: string[]) =>
    ids.length === 0
      ? []
      : db
          .select({ id: table.id, name: initiatives.name })
          .from(table)
          .innerJoin(initiatives, eq(initiatives.id, table.initiativeId))
          .where(inArray(table.id, ids));
  const [initiativeRows, mentorshipRows, offerRows, requestRows] = await Promise.all([
    initiativeIds.length === 0
      ? []
      : db
          .select({ id: initiatives.id, slug: initiatives.slug, name: initiatives.name })
          .from(initiatives)
          .where(inArray(initiatives.id, initiativeIds)),
    mentorshipIds.length === 0
      ? []
      : db
          .select({ id: mentorships.id, mentor: mentor.name, mentee: mentee.name })
          .from(mentorships)
          .innerJoin(mentor, eq(mentor.id, mentorships.mentorInitiativeId))
          .innerJoin(mentee, eq(mentee.id, mentorships.menteeInitiativeId))
          .where(inArray(mentorships.id, mentorshipIds)),
    listing(offers, offerIds),
    listing(helpRequests, requestIds),
  ]);
  const subjects = new Map<string, AuditSubject>();
  for (const r of initiativeRows)
    subjects.set(`initiative:${r.id}`, {
      kind: "initiative",
      href: `/initiatives/${r.slug}`,
      name: r.name,
    });
  for (const r of mentorshipRows)
    subjects.set(`mentorship:${r.id}`, {
      kind: "mentorship",
      href: `/mentorships/${r.id}`,
      mentor: r.mentor,
      mentee: r.mentee,
    });
  for (const r of offerRows)
    subjects.set(`offer:${r.id}`, { kind: "offer", href: `/offers/${r.id}`, name: r.name });
  for (const r of requestRows) {
    const subject = { kind: "request" as const, href: `/requests/${r.id}`, name: r.name };
    subjects.set(`request:${r.id}`, subject);
    subjects.set(`help_request:${r.id}`, subject);
  }
  return subjects;
}

/** The choices of the audit log's action filter: every action seen. */
export async function listAuditActions(db: Executor = getDb()) {
  const rows = await db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(asc(auditEvents.action));
  return rows.map((r) => r.action);
}

/** When an action was last recorded on an entity (e.g. the last check-in reminder). */
export async function lastAuditAt(
  entityType: string,
  entityId: string,
  action: string,
  db: Executor = getDb(),
): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | null>`max(${auditEvents.createdAt})` })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, entityId),
        eq(auditEvents.action, action),
      ),
    );
  return row?.at ? new Date(row.at) : null;
}
