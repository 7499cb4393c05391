import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  inArray,
  isNotNull,
  isNull,
  ne,
  type SQL,
  sql,
} from "drizzle-orm";
import { pageWindow } from "@/lib/validation/paging";
import { type Executor, getDb } from "../index";
import { helpRequests, initiativeSlugs, initiatives, offers } from "../schema";
import type { InitiativeKind, Stage, SubRegion, WorkLanguage } from "../schema/enums";
import { containing } from "./like";
import { inWindow } from "./window";

export type InitiativeValues = Omit<
  typeof initiatives.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "verifiedAt" | "verifiedBy" | "recognizedOn" | "isDemo"
>;

const profileColumns = {
  id: initiatives.id,
  slug: initiatives.slug,
  name: initiatives.name,
  acronym: initiatives.acronym,
  kind: initiatives.kind,
  countries: initiatives.countries,
  subRegion: initiatives.subRegion,
  languages: initiatives.languages,
  yearEstablished: initiatives.yearEstablished,
  website: initiatives.website,
  mailingList: initiatives.mailingList,
  contactEmail: initiatives.contactEmail,
  description: initiatives.description,
  stage: initiatives.stage,
  fundingSources: initiatives.fundingSources,
  verifiedAt: initiatives.verifiedAt,
  recognizedOn: initiatives.recognizedOn,
  isDemo: initiatives.isDemo,
  toolkitVersion: initiatives.toolkitVersion,
  checklistPublic: initiatives.checklistPublic,
  createdAt: initiatives.createdAt,
  updatedAt: initiatives.updatedAt,
};

export type InitiativeProfile = Awaited<ReturnType<typeof getInitiativeById>> & {};

export async function getInitiativeById(id: string, db: Executor = getDb()) {
  const [row] = await db.select(profileColumns).from(initiatives).where(eq(initiatives.id, id));
  return row;
}

/** Initiatives' names by id (to name both sides in many notices at once). */
export async function listInitiativeNames(ids: string[], db: Executor = getDb()) {
  const rows = ids.length
    ? await db
        .select({ id: initiatives.id, name: initiatives.name })
        .from(initiatives)
        .where(inArray(initiatives.id, ids))
    : [];
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The initiative at `slug`, or where an old slug moved to. */
export async function resolveSlug(slug: string, db: Executor = getDb()) {
  const [current] = await db
    .select(profileColumns)
    .from(initiatives)
    .where(eq(initiatives.slug, slug));
  if (current) return { initiative: current } as const;
  const [old] = await db
    .select({ slug: initiatives.slug })
    .from(initiativeSlugs)
    .innerJoin(initiatives, eq(initiatives.id, initiativeSlugs.initiativeId))
    .where(eq(initiativeSlugs.slug, slug));
  return old ? ({ movedTo: old.slug } as const) : null;
}

export async function findByNameKey(
  nameKey: string,
  excludeId: string | null,
  db: Executor = getDb(),
) {
  const [row] = await db
    .select({ id: initiatives.id, slug: initiatives.slug, name: initiatives.name })
    .from(initiatives)
    .where(
      and(eq(initiatives.nameKey, nameKey), excludeId ? ne(initiatives.id, excludeId) : undefined),
    );
  return row;
}

/** A slug is taken by another initiative's current or former address. */
export async function isSlugTaken(slug: string, excludeId: string | null, db: Executor = getDb()) {
  const [current] = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.slug, slug), excludeId ? ne(initiatives.id, excludeId) : undefined));
  if (current) return true;
  const [old] = await db
    .select({ id: initiativeSlugs.initiativeId })
    .from(initiativeSlugs)
    .where(
      and(
        eq(initiativeSlugs.slug, slug),
        excludeId ? ne(initiativeSlugs.initiativeId, excludeId) : undefined,
      ),
    );
  return Boolean(old);
}

export async function insertInitiative(
  values: InitiativeValues & { isDemo?: boolean },
  db: Executor = getDb(),
) {
  const [row] = await db
    .insert(initiatives)
    .values(values)
    .returning({ id: initiatives.id, slug: initiatives.slug });
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function updateInitiativeRow(
  id: string,
  values: Partial<InitiativeValues>,
  db: Executor = getDb(),
) {
  await db.update(initiatives).set(values).where(eq(initiatives.id, id));
}

export async function rememberOldSlug(slug: string, initiativeId: string, db: Executor = getDb()) {
  await db
    .insert(initiativeSlugs)
    .values({ slug, initiativeId })
    .onConflictDoUpdate({ target: initiativeSlugs.slug, set: { initiativeId } });
}

/** Frees a slug the initiative takes back (renamed to an earlier name). */
export async function forgetOldSlug(slug: string, db: Executor = getDb()) {
  await db.delete(initiativeSlugs).where(eq(initiativeSlugs.slug, slug));
}

export async function setVerification(
  id: string,
  values: { verifiedAt?: Date | null; verifiedBy?: string | null; recognizedOn?: string | null },
  db: Executor = getDb(),
) {
  return db
    .update(initiatives)
    .set(values)
    .where(eq(initiatives.id, id))
    .returning({ id: initiatives.id });
}

export type DirectoryFilters = {
  q?: string;
  kind?: InitiativeKind;
  subRegion?: SubRegion;
  country?: string;
  language?: WorkLanguage;
  stage?: Stage;
  verified?: boolean;
  offering?: boolean;
  needsHelp?: boolean;
  sort?: "name" | "newest" | "oldest";
  page?: number;
};

export const DIRECTORY_PAGE_SIZE = 24;

/** The public directory: filtered, sorted, one page, with the total for the counts. */
export async function listDirectory(
  filters: DirectoryFilters & { foldedQuery?: string },
  db: Executor = getDb(),
) {
  const conditions: (SQL | undefined)[] = [
    filters.foldedQuery
      ? sql`${initiatives.searchText} like ${containing(filters.foldedQuery)}`
      : undefined,
    filters.kind ? eq(initiatives.kind, filters.kind) : undefined,
    filters.subRegion ? eq(initiatives.subRegion, filters.subRegion) : undefined,
    filters.country ? sql`${filters.country} = any(${initiatives.countries})` : undefined,
    filters.language ? sql`${filters.language} = any(${initiatives.languages})` : undefined,
    filters.stage ? eq(initiatives.stage, filters.stage) : undefined,
    filters.verified === true ? isNotNull(initiatives.verifiedAt) : undefined,
    filters.verified === false ? isNull(initiatives.verifiedAt) : undefined,
    filters.offering
      ? exists(
          db
            .select({ one: sql`1` })
            .from(offers)
            .where(and(eq(offers.initiativeId, initiatives.id), eq(offers.status, "active"))),
        )
      : undefined,
    filters.needsHelp
      ? exists(
          db
            .select({ one: sql`1` })
            .from(helpRequests)
            .where(
              and(eq(helpRequests.initiativeId, initiatives.id), eq(helpRequests.status, "open")),
            ),
        )
      : undefined,
  ];
  const where = and(...conditions);
  const page = Math.max(1, filters.page ?? 1);
  const columns = {
    id: initiatives.id,
    slug: initiatives.slug,
    name: initiatives.name,
    acronym: initiatives.acronym,
    kind: initiatives.kind,
    countries: initiatives.countries,
    subRegion: initiatives.subRegion,
    languages: initiatives.languages,
    stage: initiatives.stage,
    yearEstablished: initiatives.yearEstablished,
    verifiedAt: initiatives.verifiedAt,
    isDemo: initiatives.isDemo,
  };
  const ordered = (by: Record<"createdAt" | "yearEstablished" | "nameKey", AnyColumn>) =>
    filters.sort === "newest"
      ? [desc(by.createdAt), asc(by.nameKey)]
      : filters.sort === "oldest"
        ? [sql`${by.yearEstablished} asc nulls last`, asc(by.nameKey)]
        : [asc(by.nameKey)];
  const slice = pageWindow(page, DIRECTORY_PAGE_SIZE);
  const counted = () => db.select({ n: count() }).from(initiatives).where(where);
  const result = <Row>(rows: Row[], total: number) => ({
    rows,
    total,
    page,
    pageSize: DIRECTORY_PAGE_SIZE,
  });

  if (filters.foldedQuery) {
    // A search reads every initiative's text, for the page as for the count: one pass does
    // both (the count beside each row), where the page alone would walk the name index
    // through the whole network for a few matches.
    const hits = db
      .select({
        ...columns,
        createdAt: initiatives.createdAt,
        nameKey: initiatives.nameKey,
        total: sql<number>`count(*) over ()`.mapWith(Number).as("total"),
      })
      .from(initiatives)
      .where(where)
      .as("hits");
    const found = await inWindow(
      db
        .select()
        .from(hits)
        .orderBy(...ordered(hits))
        .$dynamic(),
      slice,
    );
    // Past the last page no row carries the count.
    const total = found[0]?.total ?? (page > 1 ? ((await counted())[0]?.n ?? 0) : 0);
    return result(
      found.map(({ createdAt: _c, nameKey: _k, total: _t, ...row }) => row),
      total,
    );
  }
  // Without a search the name index gives the page directly, and the count an index scan.
  const [rows, [total]] = await Promise.all([
    inWindow(
      db
        .select(columns)
        .from(initiatives)
        .where(where)
        .orderBy(...ordered(initiatives))
        .$dynamic(),
      slice,
    ),
    counted(),
  ]);
  return result(rows, total?.n ?? 0);
}

/**
 * The initiatives a steward may mean by a folded name, or part of one, or an acronym: those
 * named exactly first, then by name. For filters that stand for one initiative.
 */
export function findInitiativesNamed(folded: string, limit: number, db: Executor = getDb()) {
  // coalesce: with no acronym the comparison is null, and "desc" puts nulls first.
  const exact = sql<boolean>`(${initiatives.nameKey} = ${folded} or coalesce(lower(${initiatives.acronym}) = ${folded}, false))`;
  return db
    .select({ id: initiatives.id, name: initiatives.name, exact })
    .from(initiatives)
    .where(sql`${exact} or ${initiatives.nameKey} like ${containing(folded)}`)
    .orderBy(desc(exact), asc(initiatives.nameKey))
    .limit(limit);
}

export const VERIFICATION_PAGE_SIZE = 50;

/**
 * Stewards' queue, one page of it: initiatives not yet verified, oldest first, and how many
 * wait in all, so the page can say so and page through them (at network scale thousands do).
 */
export async function listAwaitingVerification(page = 1, db: Executor = getDb()) {
  const waiting = isNull(initiatives.verifiedAt);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: initiatives.id,
        slug: initiatives.slug,
        name: initiatives.name,
        countries: initiatives.countries,
        createdAt: initiatives.createdAt,
      })
      .from(initiatives)
      .where(waiting)
      // Registered together (a seed, an import): the id keeps the pages from overlapping.
      .orderBy(asc(initiatives.createdAt), asc(initiatives.id))
      .limit(VERIFICATION_PAGE_SIZE)
      .offset((page - 1) * VERIFICATION_PAGE_SIZE),
    db.select({ n: count() }).from(initiatives).where(waiting),
  ]);
  return { rows, total: total?.n ?? 0 };
}
