import { and, asc, desc, lte, type SQL, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { initiatives } from "../schema";
import type { Stage } from "../schema/enums";
import { visible } from "./network-stats";

/** Initiatives named per country and kind (own / shared); the directory has the rest. */
export const MAP_NAMED_PER_COUNTRY = 5;
/** Multi-country initiatives listed under the map; the directory has the rest. */
export const MAP_SHARED_LISTED = 10;

/** What the map names about an initiative; nothing private. */
export type MapInitiative = {
  slug: string;
  name: string;
  stage: Stage;
  recognized: boolean;
};

/**
 * One named initiative in one country, with the figures of its group there: the country's
 * own single-country initiatives, or the shared (multi-country) ones that include it.
 */
export type MapPlacement = MapInitiative & {
  code: string;
  shared: boolean;
  rank: number;
  total: number;
} & Record<Stage, number>;

/** A multi-country initiative and how many countries it covers. */
export type SharedInitiative = MapInitiative & { reach: number };

export type NetworkMap = {
  placements: MapPlacement[];
  shared: SharedInitiative[];
  sharedTotal: number;
};

// Shared = some country differs from the first, so a repeated code does not make it shared.
// (A per-row count(distinct) subquery here tripled the query's time on PGlite.)
const isShared = sql<boolean>`${initiatives.countries}[1] <> any(${initiatives.countries})`;
const reach = sql<number>`(select count(distinct c)::int from unnest(${initiatives.countries}) as c)`;

/**
 * The network map in a few hundred rows whatever the network's size: per country, the
 * counts and the first few initiatives of each kind (most advanced stage first, then by
 * name), and the first multi-country initiatives with their total. "public": verified only.
 */
export async function getNetworkMap(
  scope: "public" | "all" = "public",
  db: Executor = getDb(),
): Promise<NetworkMap> {
  const where = scope === "public" ? visible : undefined;
  // One row per initiative and country; unnest sits in a subquery because window
  // functions run before set-returning functions of the same select list.
  const placed = db
    .selectDistinct({
      code: sql<string>`unnest(${initiatives.countries})`.as("code"),
      slug: initiatives.slug,
      name: initiatives.name,
      nameKey: initiatives.nameKey,
      stage: initiatives.stage,
      recognized: sql<boolean>`${initiatives.recognizedOn} is not null`.as("recognized"),
      shared: isShared.as("shared"),
    })
    .from(initiatives)
    .where(where)
    .as("placed");
  const group = sql`partition by ${placed.code}, ${placed.shared}`;
  const inGroup = (stage: Stage | null): SQL.Aliased<number> =>
    (stage
      ? sql<number>`(count(*) filter (where ${placed.stage} = ${stage}) over (${group}))::int`
      : sql<number>`(count(*) over (${group}))::int`
    ).as(stage ?? "total");
  const ranked = db
    .select({
      code: placed.code,
      slug: placed.slug,
      name: placed.name,
      stage: placed.stage,
      recognized: placed.recognized,
      shared: placed.shared,
      // Stage enum order is emerging < developing < established: desc puts established first.
      rank: sql<number>`(row_number() over (${group} order by ${placed.stage} desc, ${placed.nameKey}))::int`.as(
        "rank",
      ),
      total: inGroup(null),
      emerging: inGroup("emerging"),
      developing: inGroup("developing"),
      established: inGroup("established"),
    })
    .from(placed)
    .as("ranked");
  const [placements, shared] = await Promise.all([
    db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, MAP_NAMED_PER_COUNTRY))
      .orderBy(asc(ranked.code), asc(ranked.shared), asc(ranked.rank)),
    db
      .select({
        slug: initiatives.slug,
        name: initiatives.name,
        stage: initiatives.stage,
        recognized: sql<boolean>`${initiatives.recognizedOn} is not null`,
        reach,
        // Counted before the limit applies: the total of every shared initiative.
        total: sql<number>`(count(*) over ())::int`,
      })
      .from(initiatives)
      .where(and(where, isShared))
      .orderBy(desc(initiatives.stage), asc(initiatives.nameKey))
      .limit(MAP_SHARED_LISTED),
  ]);
  return {
    placements,
    shared: shared.map(({ total: _, ...initiative }) => initiative),
    sharedTotal: shared[0]?.total ?? 0,
  };
}
