import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { helpRequests, initiatives } from "../schema";
import type { HelpTopic, SubRegion } from "../schema/enums";
import { type FitScope, selectActiveOffers, selectOpenRequests } from "./offers";

/**
 * The most the other side of a match can score with one side, as terms the database
 * evaluates on the other side's own columns: the scorer's terms, each rounded up, and
 * `unread` points for what the database does not weigh. Built in lib/matching/score
 * (`offerBoundFor`, `requestBoundFor`), which holds the weights; read best bound first, a
 * page of ten suggestions need not read a thousand candidates (`topByBound`, lib/matching).
 */
export type FitBound = {
  /** This side's topics: `coverage` points shared by the share of the request's covered. */
  topics: HelpTopic[];
  coverage: number;
  /** `sameSubRegion` points in this side's sub-region, else `sameRegion` on its side of `group`. */
  subRegion: SubRegion;
  sameSubRegion: number;
  group: SubRegion[];
  sameRegion: number;
  unread: number;
};

/** An offer's bound for one request: its spare places and its mentor's load are columns too. */
export type OfferBound = FitBound & {
  /** Points for spare places, shared by the share of places free. */
  spare: number;
  /** Points off a mentorship beyond `free` across the mentor's offers, up to `max`. */
  load: { per: number; free: number; max: number };
};

type Operand = SQL | SQL.Aliased | AnyColumn;

/** Integer division rounded up, for positive operands. */
function ceilDiv(numerator: SQL, denominator: Operand | number): SQL<number> {
  return sql<number>`((${numerator}) + (${denominator}) - 1) / (${denominator})`;
}

/** The terms both sides share: the request's topics covered, the regions, what is unread. */
function fitBound(bound: FitBound, topics: Operand, requestTopicCount: Operand | number): SQL {
  const covered = sql.join(
    bound.topics.map((topic) => sql`(${topics} @> array[${topic}]::text[])::int`),
    sql` + `,
  );
  const inGroup = bound.group.includes(bound.subRegion);
  return sql`${ceilDiv(sql`${bound.coverage} * (${covered})`, requestTopicCount)}
    + case when ${initiatives.subRegion} = ${bound.subRegion} then ${bound.sameSubRegion}
      when (${initiatives.subRegion} in ${bound.group}) = ${inGroup} then ${bound.sameRegion}
      else 0 end
    + ${bound.unread}`;
}

/** Best bound first, ties by id (the output columns), as rankings break ties. */
const byBound = [sql`bound desc`, sql`id`] as const;

/** Every candidate's count, beside its row: the pages of all that fit. */
const total = () => sql<number>`count(*) over ()`.mapWith(Number).as("total");

/**
 * The active offers that fit one request, as `listActiveOffers` loads them, but only the
 * `limit` with the highest bound (ties by id), each with its bound and the count of all
 * that fit: the experience of mentors who cannot reach the page is not read.
 */
export function listBestFittingOffers(
  fitting: FitScope,
  bound: OfferBound,
  limit: number,
  db: Executor = getDb(),
) {
  const { per, free, max } = bound.load;
  return selectActiveOffers({ fitting }, db, (scoped) => ({
    bound: sql<number>`${fitBound(bound, scoped.topics, bound.topics.length)}
      + ${ceilDiv(sql`${bound.spare} * (${scoped.capacity} - ${scoped.activeCount})`, scoped.capacity)}
      - least(${max}, ${per} * greatest(0, ${scoped.load} - ${free}))`.as("bound"),
    total: total(),
  }))
    .orderBy(...byBound)
    .limit(limit);
}

/**
 * The open requests one offer could serve, as `listOpenRequests` loads them, but only the
 * `limit` with the highest bound (ties by id), each with its bound and the count of all.
 */
export function listBestFittingRequests(
  fitting: FitScope,
  bound: FitBound,
  limit: number,
  db: Executor = getDb(),
) {
  const requestTopics = sql`cardinality(${helpRequests.topics})`;
  return selectOpenRequests(fitting, db, {
    bound: sql<number>`${fitBound(bound, helpRequests.topics, requestTopics)}`.as("bound"),
    total: total(),
  })
    .orderBy(...byBound)
    .limit(limit);
}
