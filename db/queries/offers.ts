import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { helpRequests, initiatives, offers } from "../schema";
import type { OfferStatus } from "../schema/enums";

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

export async function getOffer(id: string, db: Executor = getDb()) {
  const [row] = await db
    .select({
      id: offers.id,
      initiativeId: offers.initiativeId,
      topics: offers.topics,
      languages: offers.languages,
      capacity: offers.capacity,
      preferredSubRegions: offers.preferredSubRegions,
      note: offers.note,
      status: offers.status,
      activeCount: offers.activeCount,
      createdAt: offers.createdAt,
      initiativeName: initiatives.name,
      initiativeSlug: initiatives.slug,
      subRegion: initiatives.subRegion,
    })
    .from(offers)
    .innerJoin(initiatives, eq(initiatives.id, offers.initiativeId))
    .where(eq(offers.id, id));
  return row;
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

/** Every active offer with what matching needs about its initiative. */
export function listActiveOffers(db: Executor = getDb()) {
  return db
    .select({
      id: offers.id,
      initiativeId: offers.initiativeId,
      topics: offers.topics,
      languages: offers.languages,
      capacity: offers.capacity,
      activeCount: offers.activeCount,
      status: offers.status,
      subRegion: initiatives.subRegion,
      toolkitVersion: initiatives.toolkitVersion,
      initiativeName: initiatives.name,
      initiativeSlug: initiatives.slug,
    })
    .from(offers)
    .innerJoin(initiatives, eq(initiatives.id, offers.initiativeId))
    .where(eq(offers.status, "active"));
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

export async function getRequest(id: string, db: Executor = getDb()) {
  const [row] = await db
    .select(requestColumns)
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
    .where(eq(helpRequests.id, id));
  return row;
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
  return db
    .select(requestColumns)
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
    .where(eq(helpRequests.initiativeId, initiativeId))
    .orderBy(desc(helpRequests.createdAt));
}

export function listOpenRequests(db: Executor = getDb()) {
  return db
    .select(requestColumns)
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
    .where(eq(helpRequests.status, "open"));
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
export function listRequestNames(ids: string[], db: Executor = getDb()) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: helpRequests.id, initiativeName: initiatives.name, status: helpRequests.status })
    .from(helpRequests)
    .innerJoin(initiatives, eq(initiatives.id, helpRequests.initiativeId))
    .where(inArray(helpRequests.id, ids))
    .orderBy(initiatives.name);
}
