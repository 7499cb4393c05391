import { and, arrayOverlaps, desc, eq, inArray, lt, ne, type SQL, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { doneByTopic, helpRequests, initiatives, mentorships, offers } from "../schema";
import type { HelpTopic, OfferStatus, WorkLanguage } from "../schema/enums";
import { inWindow, type ListWindow } from "./window";

export type OfferValues = Pick<
  typeof offers.$inferInsert,
  | "initiativeId"
  | "topics"
  | "languages"
  | "capacity"
  | "preferredSubRegions"
  | "note"
  | "createdBy"
>;

export async function insertOffer(values: OfferValues, db: Executor = getDb()) {
  const [row] = await db.insert(offers).values(values).returning({ id: offers.id });
  return row;
}

/** What the scorer reads of an offer itself (see `OfferSide`). */
const scoredColumns = {
  id: offers.id,
  initiativeId: offers.initiativeId,
  topics: offers.topics,
  languages: offers.languages,
  capacity: offers.capacity,
  activeCount: offers.activeCount,
};

/** An offer with its initiative's name and place, as the lifecycle and its page read it. */
function selectOfferDetails(db: Executor) {
  return db
    .select({
      ...scoredColumns,
      preferredSubRegions: offers.preferredSubRegions,
      note: offers.note,
      status: offers.status,
      createdAt: offers.createdAt,
      initiativeName: initiatives.name,
      initiativeSlug: initiatives.slug,
      subRegion: initiatives.subRegion,
    })
    .from(offers)
    .innerJoin(initiatives, eq(initiatives.id, offers.initiativeId));
}

export async function getOffer(id: string, db: Executor = getDb()) {
  const [row] = await selectOfferDetails(db).where(eq(offers.id, id));
  return row;
}

/** Several offers at once, by id (a network-wide publish). */
export async function getOffers(ids: string[], db: Executor = getDb()) {
  const rows = ids.length ? await selectOfferDetails(db).where(inArray(offers.id, ids)) : [];
  return new Map(rows.map((row) => [row.id, row]));
}

export function setOfferStatus(id: string, status: OfferStatus, db: Executor = getDb()) {
  return db.update(offers).set({ status }).where(eq(offers.id, id)).returning({ id: offers.id });
}

export function listOffersOf(initiativeId: string, db: Executor = getDb()) {
  return db
    .select({
      id: offers.id,
      topics: offers.topics,
      languages: offers.languages,
      capacity: offers.capacity,
      status: offers.status,
      note: offers.note,
      createdAt: offers.createdAt,
    })
    .from(offers)
    .where(eq(offers.initiativeId, initiativeId))
    .orderBy(desc(offers.createdAt));
}

/** How many active offers and open requests each of these initiatives has, in two queries. */
export async function countOpenSidesOf(initiativeIds: string[], db: Executor = getDb()) {
  const counts = new Map(initiativeIds.map((id) => [id, { offers: 0, requests: 0 }]));
  if (initiativeIds.length === 0) return counts;
  const [offerRows, requestRows] = await Promise.all([
    db
      .select({ initiativeId: offers.initiativeId, n: sql<number>`count(*)::int` })
      .from(offers)
      .where(and(inArray(offers.initiativeId, initiativeIds), eq(offers.status, "active")))
      .groupBy(offers.initiativeId),
    db
      .select({ initiativeId: helpRequests.initiativeId, n: sql<number>`count(*)::int` })
      .from(helpRequests)
      .where(
        and(inArray(helpRequests.initiativeId, initiativeIds), eq(helpRequests.status, "open")),
      )
      .groupBy(helpRequests.initiativeId),
  ]);
  for (const [rows, side] of [
    [offerRows, "offers"],
    [requestRows, "requests"],
  ] as const) {
    for (const row of rows) {
      const count = counts.get(row.initiativeId);
      if (count) count[side] = row.n;
    }
  }
  return counts;
}

/** What a side of a match needs in the other to fit at all: a shared topic and language. */
export type FitScope = { topics: HelpTopic[]; languages: WorkLanguage[]; notInitiativeId: string };

/** The scorer's hard filters shared by both sides, on an offer's or a request's columns. */
function fits(
  side: typeof offers | typeof helpRequests,
  fit: FitScope | undefined,
): SQL | undefined {
  if (!fit) return undefined;
  return and(
    arrayOverlaps(side.topics, fit.topics),
    arrayOverlaps(side.languages, fit.languages),
    ne(side.initiativeId, fit.notInitiativeId),
  );
}

/**
 * Which active offers to load: every one (network matching), some by id, or only those
 * that pass the scorer's hard filters for one request (a shared topic and language, a free
 * place, another initiative), so that a network of thousands is narrowed in the database.
 */
export type OfferScope = { ids: string[] } | { fitting: FitScope };

function activeOffersWhere(scope?: OfferScope): SQL | undefined {
  return and(
    eq(offers.status, "active"),
    scope && "ids" in scope ? inArray(offers.id, scope.ids) : undefined,
    scope && "fitting" in scope
      ? and(fits(offers, scope.fitting), lt(offers.activeCount, offers.capacity))
      : undefined,
  );
}

type Scoped = ReturnType<typeof scopedOffers>;

/**
 * The offers in `scope`, each with its load: the active mentorships across all the offers of
 * its initiative, counted per offer (an index probe each) rather than joined from every
 * mentor's count. A prepared statement's generic plan, which PostgreSQL settles on after
 * five runs, cannot see how many offers fit a request's topics and guesses one; with the
 * counts joined it then compared every fitting offer with every mentor's count (at 10,000
 * initiatives, a request's page spent 38 ms in this query instead of 13; counted per offer,
 * 5.5 ms with that plan and 9 with one made for the parameters).
 */
function scopedOffers(scope: OfferScope | undefined, db: Executor) {
  const load = db
    .select({ n: sql<number>`count(*)::int` })
    .from(mentorships)
    .where(
      and(eq(mentorships.mentorInitiativeId, offers.initiativeId), eq(mentorships.state, "active")),
    );
  return db.$with("scoped").as(
    db
      .select({ ...scoredColumns, load: sql<number>`(${load})`.as("mentor_load") })
      .from(offers)
      .where(activeOffersWhere(scope)),
  );
}

/**
 * Active offers in `scope` with what the scorer needs and nothing more (a request can fit a
 * thousand offers and shows ten, see `listOfferLabels`), in one query over one pass of the
 * scope: each offer's initiative region and template, its done steps per help topic (kept
 * by the database, see `doneByTopic`; only `topics` when one request asks for those) and
 * its load (see `scopedOffers`). `extra` adds columns computed from the same rows (see
 * `listBestFittingOffers`).
 */
export function selectActiveOffers<Extra extends Record<string, SQL.Aliased>>(
  scope: OfferScope | undefined,
  db: Executor,
  extra: (scoped: Scoped) => Extra,
) {
  const topics = scope && "fitting" in scope ? scope.fitting.topics : undefined;
  const scoped = scopedOffers(scope, db);
  // A subquery in the select list, not a join: PostgreSQL reads it only for the rows
  // returned, after any sort and limit.
  const done = db
    .select({ byTopic: sql`jsonb_object_agg(${doneByTopic.topic}, ${doneByTopic.done})` })
    .from(doneByTopic)
    .where(
      and(
        eq(doneByTopic.initiativeId, scoped.initiativeId),
        topics ? inArray(doneByTopic.topic, topics) : undefined,
      ),
    );
  return db
    .with(scoped)
    .select({
      id: scoped.id,
      initiativeId: scoped.initiativeId,
      topics: scoped.topics,
      languages: scoped.languages,
      capacity: scoped.capacity,
      activeCount: scoped.activeCount,
      subRegion: initiatives.subRegion,
      toolkitVersion: initiatives.toolkitVersion,
      doneByTopic: sql<Partial<Record<HelpTopic, number>> | null>`(${done})`.as("done_by_topic"),
      load: scoped.load,
      ...extra(scoped),
    })
    .from(scoped)
    .innerJoin(initiatives, eq(initiatives.id, scoped.initiativeId));
}

/** Every active offer in `scope`, as the scorer sees it (see `selectActiveOffers`). */
export function listActiveOffers(scope?: OfferScope, db: Executor = getDb()) {
  return selectActiveOffers(scope, db, () => ({}));
}

export type RequestValues = Pick<
  typeof helpRequests.$inferInsert,
  "initiativeId" | "topics" | "languages" | "description" | "horizon" | "createdBy"
>;

export async function insertRequest(values: RequestValues, db: Executor = getDb()) {
  const [row] = await db.insert(helpRequests).values(values).returning({ id: helpRequests.id });
  return row;
}

const requestColumns = {
  id: helpRequests.id,
  initiativeId: helpRequests.initiativeId,
  topics: helpRequests.topics,
  languages: helpRequests.languages,
  description: helpRequests.description,
  horizon: helpRequests.horizon,
  status: helpRequests.status,
  createdAt: helpRequests.createdAt,
  initiativeName: initiatives.name,
  initiativeSlug: initiatives.slug,
  subRegion: initiatives.subRegion,
};

function selectRequestDetails(db: Executor) {
  return db
    .select(requestColumns)
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId));
}

export async function getRequest(id: string, db: Executor = getDb()) {
  const [row] = await selectRequestDetails(db).where(eq(helpRequests.id, id));
  return row;
}

/** Several requests at once, by id (a network-wide publish). */
export async function getRequests(ids: string[], db: Executor = getDb()) {
  const rows = ids.length
    ? await selectRequestDetails(db).where(inArray(helpRequests.id, ids))
    : [];
  return new Map(rows.map((row) => [row.id, row]));
}

export function setRequestStatus(
  id: string,
  status: "open" | "matched" | "closed",
  db: Executor = getDb(),
) {
  return db
    .update(helpRequests)
    .set({ status })
    .where(eq(helpRequests.id, id))
    .returning({ id: helpRequests.id });
}

export function listRequestsOf(initiativeId: string, db: Executor = getDb()) {
  return selectRequestDetails(db)
    .where(eq(helpRequests.initiativeId, initiativeId))
    .orderBy(desc(helpRequests.createdAt));
}

/**
 * Open requests, as the scorer sees them: all of them, or only those one offer could serve
 * (see `OfferScope`). Their words are for the ones shown (see `listRequestLabels`). `extra`
 * adds columns computed from the same rows (see `listBestFittingRequests`).
 */
export function selectOpenRequests<Extra extends Record<string, SQL.Aliased>>(
  fitting: FitScope | undefined,
  db: Executor,
  extra: Extra,
) {
  return db
    .select({
      id: helpRequests.id,
      initiativeId: helpRequests.initiativeId,
      topics: helpRequests.topics,
      languages: helpRequests.languages,
      subRegion: initiatives.subRegion,
      ...extra,
    })
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
    .where(and(eq(helpRequests.status, "open"), fits(helpRequests, fitting)));
}

/** Every open request, or those one offer could serve (see `selectOpenRequests`). */
export function listOpenRequests(scope?: { fitting: FitScope }, db: Executor = getDb()) {
  return selectOpenRequests(scope?.fitting, db, {});
}

/** The mentor behind each of these offers, by offer id: what a suggestion shows of it. */
export async function listOfferLabels(ids: string[], db: Executor = getDb()) {
  if (ids.length === 0)
    return new Map<string, { initiativeName: string; initiativeSlug: string }>();
  const rows = await db
    .select({ id: offers.id, initiativeName: initiatives.name, initiativeSlug: initiatives.slug })
    .from(offers)
    .innerJoin(initiatives, eq(initiatives.id, offers.initiativeId))
    .where(inArray(offers.id, ids));
  return new Map(rows.map(({ id, ...label }) => [id, label]));
}

/** The initiative and words of each of these requests, by request id. */
export async function listRequestLabels(ids: string[], db: Executor = getDb()) {
  type Label = { initiativeName: string; initiativeSlug: string; description: string };
  if (ids.length === 0) return new Map<string, Label>();
  const rows = await db
    .select({
      id: helpRequests.id,
      initiativeName: initiatives.name,
      initiativeSlug: initiatives.slug,
      description: helpRequests.description,
    })
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
    .where(inArray(helpRequests.id, ids));
  return new Map<string, Label>(rows.map(({ id, ...label }) => [id, label]));
}

/** What network-wide matching would work on now: open requests, offers with free places. */
export async function countMatchingPool(db: Executor = getDb()) {
  const [requests] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(helpRequests)
    .where(eq(helpRequests.status, "open"));
  const [places] = await db
    .select({
      offers: sql<number>`count(*)::int`,
      free: sql<number>`coalesce(sum(${offers.capacity} - ${offers.activeCount}), 0)::int`,
    })
    .from(offers)
    .where(and(eq(offers.status, "active"), lt(offers.activeCount, offers.capacity)));
  return {
    openRequests: Number(requests?.count ?? 0),
    offersWithPlaces: Number(places?.offers ?? 0),
    freePlaces: Number(places?.free ?? 0),
  };
}

/** Requests by id with their initiative's name (for lists of ids kept elsewhere). */
export function listRequestNames(ids: string[], slice: ListWindow = {}, db: Executor = getDb()) {
  if (ids.length === 0) return Promise.resolve([]);
  const query = db
    .select({ id: helpRequests.id, initiativeName: initiatives.name, status: helpRequests.status })
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
    .where(inArray(helpRequests.id, ids))
    // The id keeps pages apart where two requests come from one initiative.
    .orderBy(initiatives.name, helpRequests.id)
    .$dynamic();
  return inWindow(query, slice);
}
