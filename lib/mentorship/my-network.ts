// "My network": a person's mentorships sorted into what waits for their answer, what is
// active and what waits for the other side, each list in the order people act on it.
import type { MemberRole, ProposerSide } from "@/db/schema/enums";
import { listHref } from "@/lib/validation/paging";

type Side = "mentor" | "mentee";

export type MyInitiative = { id: string; role: MemberRole };

export type NetworkMentorship = {
  id: string;
  state: string;
  proposerSide: ProposerSide;
  expiresAt: Date;
  mentorInitiativeId: string;
  menteeInitiativeId: string;
  mentorName: string;
  menteeName: string;
};

export type Placed<M> = M & {
  mySide: Side;
  myRole: MemberRole | undefined;
  /** The initiative on the other side. */
  other: string;
};

export type NetworkLists<M> = {
  toAnswer: Placed<M>[];
  active: Placed<M>[];
  waiting: Placed<M>[];
};

/** Proposals soonest to expire first: the one about to lapse is the one to answer now. */
function bySoonestExpiry(a: { expiresAt: Date }, b: { expiresAt: Date }) {
  return a.expiresAt.getTime() - b.expiresAt.getTime();
}

/**
 * `mine` in the order the page lists the person's initiatives. A mentorship between two of
 * them counts once, through the one listed first: the person's role there says whether
 * they may answer it. Only leads answer proposals; a member sees them as waiting.
 */
export function sortIntoLists<M extends NetworkMentorship>(
  mine: MyInitiative[],
  mentorships: M[],
): NetworkLists<M> {
  const position = new Map(mine.map((initiative, index) => [initiative.id, index]));
  const lists: NetworkLists<M> = { toAnswer: [], active: [], waiting: [] };
  for (const m of mentorships) {
    const asMentor = position.get(m.mentorInitiativeId) ?? Number.POSITIVE_INFINITY;
    const asMentee = position.get(m.menteeInitiativeId) ?? Number.POSITIVE_INFINITY;
    const mySide: Side = asMentor < asMentee ? "mentor" : "mentee";
    const placed: Placed<M> = {
      ...m,
      mySide,
      myRole: mine[Math.min(asMentor, asMentee)]?.role,
      other: mySide === "mentor" ? m.menteeName : m.mentorName,
    };
    if (m.state === "active") lists.active.push(placed);
    else if (m.state !== "proposed") continue;
    else if (m.proposerSide !== mySide && placed.myRole === "lead") lists.toAnswer.push(placed);
    else lists.waiting.push(placed);
  }
  lists.toAnswer.sort(bySoonestExpiry);
  lists.waiting.sort(bySoonestExpiry);
  return lists;
}

/** How many of each list one page shows. */
export const NETWORK_PAGE = 20;

/** The address parameter of each list's page: `?answer=2&active=1&waiting=3`. */
export const NETWORK_LISTS = { toAnswer: "answer", active: "active", waiting: "waiting" } as const;
export type NetworkListKey = keyof typeof NETWORK_LISTS;

/**
 * Where a list's page link goes: that list at `page`, the other lists where the reader has
 * them (first pages left out), and the list's heading in view.
 */
export function networkPageHref(
  shown: Record<NetworkListKey, number>,
  key: NetworkListKey,
  page: number,
  anchor: string,
): string {
  const pages = Object.fromEntries(
    (Object.keys(NETWORK_LISTS) as NetworkListKey[]).map((list) => [
      NETWORK_LISTS[list],
      list === key ? page : shown[list],
    ]),
  );
  return `${listHref("/my-network", {}, pages)}#${anchor}`;
}
