import { describe, expect, it } from "vitest";
import { pageOf } from "@/lib/matching/suggestion-page";
import { NETWORK_PAGE, type NetworkMentorship, networkPageHref, sortIntoLists } from "./my-network";

const day = (n: number) => new Date(Date.UTC(2026, 11, n));

function mentorship(
  id: string,
  values: Partial<NetworkMentorship> & Pick<NetworkMentorship, "mentorInitiativeId">,
): NetworkMentorship {
  return {
    id,
    state: "proposed",
    proposerSide: "mentee",
    expiresAt: day(20),
    menteeInitiativeId: "other",
    mentorName: `mentor of ${id}`,
    menteeName: `mentee of ${id}`,
    ...values,
  };
}

const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe("my network's lists", () => {
  it("puts proposals from the other side before a lead, soonest to expire first", () => {
    const lists = sortIntoLists(
      [{ id: "a", role: "lead" }],
      [
        mentorship("late", { mentorInitiativeId: "a", expiresAt: day(25) }),
        mentorship("soon", { mentorInitiativeId: "a", expiresAt: day(8) }),
        mentorship("by steward", {
          mentorInitiativeId: "a",
          proposerSide: "steward",
          expiresAt: day(12),
        }),
      ],
    );
    expect(ids(lists.toAnswer)).toEqual(["soon", "by steward", "late"]);
    expect(lists.toAnswer[0]).toMatchObject({ mySide: "mentor", myRole: "lead" });
    expect(lists.toAnswer[0]?.other).toBe("mentee of soon");
    expect(lists.waiting).toEqual([]);
  });

  it("keeps what the person proposed, and what a member may not answer, as waiting", () => {
    const lists = sortIntoLists(
      [
        { id: "a", role: "lead" },
        { id: "b", role: "member" },
      ],
      [
        mentorship("mine", { mentorInitiativeId: "a", proposerSide: "mentor", expiresAt: day(9) }),
        mentorship("member's", { mentorInitiativeId: "b", expiresAt: day(7) }),
      ],
    );
    expect(lists.toAnswer).toEqual([]);
    expect(ids(lists.waiting)).toEqual(["member's", "mine"]);
  });

  it("lists active mentorships in the order given and leaves out ended ones", () => {
    const lists = sortIntoLists(
      [{ id: "a", role: "member" }],
      [
        mentorship("newer", { state: "active", mentorInitiativeId: "x", menteeInitiativeId: "a" }),
        mentorship("ended", { state: "completed", mentorInitiativeId: "a" }),
        mentorship("older", { state: "active", mentorInitiativeId: "a", expiresAt: day(1) }),
      ],
    );
    expect(ids(lists.active)).toEqual(["newer", "older"]);
    expect(lists.active[0]).toMatchObject({ mySide: "mentee", other: "mentor of newer" });
    expect([...lists.toAnswer, ...lists.waiting]).toEqual([]);
  });

  it("counts a mentorship between two of the person's initiatives once, through the first", () => {
    const between = mentorship("between", { mentorInitiativeId: "b", menteeInitiativeId: "a" });
    const asMember = sortIntoLists(
      [
        { id: "a", role: "member" },
        { id: "b", role: "lead" },
      ],
      [between],
    );
    // Through "a", the mentee that proposed it, where the person is a member: waiting.
    expect(asMember.waiting[0]).toMatchObject({ mySide: "mentee", myRole: "member" });
    expect(asMember.toAnswer).toEqual([]);
    const asLead = sortIntoLists(
      [
        { id: "b", role: "lead" },
        { id: "a", role: "member" },
      ],
      [between],
    );
    expect(asLead.toAnswer[0]).toMatchObject({ mySide: "mentor", myRole: "lead" });
    expect(asLead.waiting).toEqual([]);
  });
});

describe("a page of a list", () => {
  const list = Array.from({ length: 45 }, (_, i) => i);
  const page = (n: number, of = list) => pageOf(of, n, of.length, NETWORK_PAGE);
  it("cuts pages of twenty and says how many there are", () => {
    expect(page(1)).toEqual({ rows: list.slice(0, 20), page: 1, pages: 3, total: 45, offset: 0 });
    expect(page(3).rows).toEqual([40, 41, 42, 43, 44]);
  });
  it("shows the last page for a page past the end, and one empty page for an empty list", () => {
    expect(page(9)).toMatchObject({ page: 3, rows: [40, 41, 42, 43, 44] });
    expect(page(4, [])).toEqual({ rows: [], page: 1, pages: 1, total: 0, offset: 0 });
  });
});

describe("a list's page link", () => {
  it("keeps the other lists' pages, leaves first pages out and points at the list", () => {
    const shown = { toAnswer: 3, active: 1, waiting: 2 };
    expect(networkPageHref(shown, "active", 2, "active-title")).toBe(
      "/my-network?answer=3&active=2&waiting=2#active-title",
    );
    expect(networkPageHref(shown, "toAnswer", 1, "to-answer-title")).toBe(
      "/my-network?waiting=2#to-answer-title",
    );
    expect(networkPageHref({ toAnswer: 1, active: 1, waiting: 2 }, "waiting", 1, "w")).toBe(
      "/my-network#w",
    );
  });
});
