// "My network": a person's proposed and active mentorships sorted into what waits for their
// answer, what is active and what waits for the other side. The database sorts and pages
// them: after a network-wide matching run a mentor's initiatives can hold thousands of
// proposals, and the page shows twenty of each list.
import { and, inArray, or, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { initiatives, mentorships } from "../schema";
import type { HelpTopic, MemberRole, ProposerSide } from "../schema/enums";
import { isLive } from "./mentorships";

export type NetworkListKey = "toAnswer" | "active" | "waiting";

/** One of the person's initiatives, with their role there. */
export type MyInitiative = { id: string; role: MemberRole };

export type NetworkRow = {
  id: string;
  proposerSide: ProposerSide;
  topics: HelpTopic[];
  expiresAt: Date;
  /** The side the person sees the mentorship from, and their role there. */
  mySide: "mentor" | "mentee";
  myRole: MemberRole;
  /** The initiative on the other side. */
  other: string;
};

export type NetworkPage = { rows: NetworkRow[]; total: number; page: number; pages: number };

const LISTS: NetworkListKey[] = ["toAnswer", "active", "waiting"];

/**
 * Page `pages[list]` of each list, `size` rows a page, with each list's length; a page past
 * a list's end shows its last page. `mine` in the order the person's initiatives are listed:
 * a mentorship between two of them counts once, through the one listed first, and the
 * person's role there says whether they may answer it. Only leads answer proposals; a member
 * sees them as waiting. Proposals come soonest to expire first (the one about to lapse is the
 * one to answer now), active mentorships newest first.
 */
export async function listNetworkPages(
  mine: MyInitiative[],
  pages: Record<NetworkListKey, number>,
  size: number,
  db: Executor = getDb(),
): Promise<Record<NetworkListKey, NetworkPage>> {
  const empty = (): NetworkPage => ({ rows: [], total: 0, page: 1, pages: 1 });
  const result = { toAnswer: empty(), active: empty(), waiting: empty() };
  if (mine.length === 0) return result;

  const m = mentorships;
  const ids = mine.map((i) => i.id);
  // Each side's place in `mine` (past its end when it is not the person's) and the person's
  // role there, from a list joined twice: one hash lookup a side instead of a comparison
  // with each of the person's initiatives. Every column is cast: an untyped parameter in
  // VALUES is text, and '10' < '9'.
  const values = sql.join(
    mine.map(
      (initiative, index) =>
        sql`(${initiative.id}::uuid, ${index}::int, ${initiative.role}::member_role)`,
    ),
    sql`, `,
  );
  const [asMentor, asMentee] = [sql.identifier("as_mentor"), sql.identifier("as_mentee")];
  const mineAs = (alias: typeof asMentor) =>
    sql`(values ${values}) as ${alias}(initiative_id, pos, role)`;
  const beyond = sql`${mine.length}::int`;
  const mentorSide = sql`coalesce(${asMentor}.pos, ${beyond}) < coalesce(${asMentee}.pos, ${beyond})`;
  const mySide = sql<"mentor" | "mentee">`case when ${mentorSide} then 'mentor' else 'mentee' end`;
  const myRole = sql<MemberRole>`case when ${mentorSide} then ${asMentor}.role else ${asMentee}.role end`;
  const placed = db
    .select({
      id: m.id,
      proposerSide: m.proposerSide,
      topics: m.topics,
      expiresAt: m.expiresAt,
      createdAt: m.createdAt,
      mentorInitiativeId: m.mentorInitiativeId,
      menteeInitiativeId: m.menteeInitiativeId,
      mySide: mySide.as("my_side"),
      myRole: myRole.as("my_role"),
      list: sql<NetworkListKey>`case when ${m.state} = 'active' then 'active'
        when ${m.proposerSide}::text <> ${mySide} and ${myRole} = 'lead' then 'toAnswer'
        else 'waiting' end`.as("list"),
    })
    .from(m)
    .leftJoin(mineAs(asMentor), sql`${asMentor}.initiative_id = ${m.mentorInitiativeId}`)
    .leftJoin(mineAs(asMentee), sql`${asMentee}.initiative_id = ${m.menteeInitiativeId}`)
    .where(and(or(inArray(m.mentorInitiativeId, ids), inArray(m.menteeInitiativeId, ids)), isLive))
    .as("placed");
  const counted = db
    .select({
      id: placed.id,
      proposerSide: placed.proposerSide,
      topics: placed.topics,
      expiresAt: placed.expiresAt,
      mentorInitiativeId: placed.mentorInitiativeId,
      menteeInitiativeId: placed.menteeInitiativeId,
      mySide: placed.mySide,
      myRole: placed.myRole,
      list: placed.list,
      total: sql<number>`count(*) over (partition by ${placed.list})`.as("total"),
      n: sql<number>`row_number() over (partition by ${placed.list} order by
        case when ${placed.list} = 'active' then ${placed.createdAt} end desc,
        ${placed.expiresAt}, ${placed.createdAt} desc, ${placed.id})`.as("n"),
    })
    .from(placed)
    .as("counted");
  const asked = sql.join(
    LISTS.map((list) => sql`when ${list} then ${pages[list]}::int`),
    sql` `,
  );
  // The list's last page, which a page past its end shows instead.
  const last = sql<number>`(${counted.total} + ${size} - 1) / ${size}`;
  const page = sql<number>`least(case ${counted.list} ${asked} end, ${last})`;
  const rows = await db
    .select({
      id: counted.id,
      proposerSide: counted.proposerSide,
      topics: counted.topics,
      expiresAt: counted.expiresAt,
      mySide: counted.mySide,
      myRole: counted.myRole,
      list: counted.list,
      total: sql`${counted.total}`.mapWith(Number),
      page: page.mapWith(Number),
      pages: last.mapWith(Number),
      other: sql<string>`(select ${initiatives.name} from ${initiatives} where ${initiatives.id} =
        case ${counted.mySide} when 'mentor' then ${counted.menteeInitiativeId}
        else ${counted.mentorInitiativeId} end)`,
    })
    .from(counted)
    .where(sql`${counted.n} > (${page} - 1) * ${size} and ${counted.n} <= ${page} * ${size}`)
    .orderBy(counted.list, counted.n);
  for (const { list, total, page: shownPage, pages: listPages, ...row } of rows) {
    const shown = result[list];
    shown.total = total;
    shown.page = shownPage;
    shown.pages = listPages;
    shown.rows.push(row);
  }
  return result;
}
