import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { mentorships } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import {
  createMentee,
  createMentor,
  proposeMentorship,
  startMentorship,
} from "@/db/testing/mentorship";
import { listNetworkPages, type MyInitiative } from "./my-network";
import { countOpenSidesOf } from "./offers";

const day = (n: number) => new Date(Date.UTC(2027, 0, n));
const first = { toAnswer: 1, active: 1, waiting: 1 };
const ids = (page: { rows: { id: string }[] }) => page.rows.map((m) => m.id);

/** Sets what a test needs of a mentorship that the lifecycle would take days to reach. */
async function shape(id: string, values: Partial<typeof mentorships.$inferInsert>) {
  await getDb().update(mentorships).set(values).where(eq(mentorships.id, id));
}

/** A mentor and proposals to it from new mentees named `names`, in that order. */
async function proposalsTo(names: string[]) {
  const mentor = await createMentor(names.length + 1, { name: `Mentor ${names.join(" ")}` });
  const proposals: string[] = [];
  for (const name of names)
    proposals.push(await proposeMentorship(mentor, await createMentee({ name })));
  return { mentor, proposals };
}

// What "my network" reads for all of a person's initiatives at once: three lists, a page of
// each, sorted and cut by the database.
describe("my network's lists", () => {
  it("puts proposals from the other side before a lead, soonest to expire first", async () => {
    const { mentor, proposals } = await proposalsTo(["Late", "Soon", "Steward's"]);
    const [late, soon, steward] = proposals as [string, string, string];
    await shape(late, { expiresAt: day(25) });
    await shape(soon, { expiresAt: day(8) });
    await shape(steward, { expiresAt: day(12), proposerSide: "steward" });

    const asLead = await listNetworkPages([{ id: mentor.initiativeId, role: "lead" }], first, 20);
    expect(ids(asLead.toAnswer)).toEqual([soon, steward, late]);
    expect(asLead.toAnswer.rows[0]).toMatchObject({
      mySide: "mentor",
      myRole: "lead",
      other: "Soon",
      proposerSide: "mentee",
      expiresAt: day(8),
      topics: ["funding"],
    });
    expect(asLead.toAnswer).toMatchObject({ total: 3, page: 1, pages: 1 });
    expect(asLead.waiting).toEqual({ rows: [], total: 0, page: 1, pages: 1 });

    // Only leads answer: a member sees the same proposals as waiting, in the same order.
    const asMember = await listNetworkPages(
      [{ id: mentor.initiativeId, role: "member" }],
      first,
      20,
    );
    expect(asMember.toAnswer.total).toBe(0);
    expect(ids(asMember.waiting)).toEqual([soon, steward, late]);
  });

  it("keeps what the person's side proposed as waiting for the other side", async () => {
    const { mentor, proposals } = await proposalsTo(["Asked", "Offered"]);
    const [asked, offered] = proposals as [string, string];
    await shape(offered, { proposerSide: "mentor", expiresAt: day(3) });
    const lists = await listNetworkPages([{ id: mentor.initiativeId, role: "lead" }], first, 20);
    expect(ids(lists.toAnswer)).toEqual([asked]);
    expect(ids(lists.waiting)).toEqual([offered]);
    expect(lists.waiting.rows[0]).toMatchObject({ mySide: "mentor", other: "Offered" });
  });

  it("lists active mentorships newest first and leaves out ended ones", async () => {
    const mentor = await createMentor(3, { name: "Mentora" });
    const older = await startMentorship(mentor, await createMentee({ name: "Older" }));
    const newerMentee = await createMentee({ name: "Newer" });
    const newer = await startMentorship(mentor, newerMentee);
    const ended = await startMentorship(mentor, await createMentee({ name: "Ended" }));
    await shape(older, { createdAt: day(1) });
    await shape(newer, { createdAt: day(2) });
    await shape(ended, { state: "completed" });

    const mine: MyInitiative[] = [{ id: mentor.initiativeId, role: "member" }];
    expect(ids((await listNetworkPages(mine, first, 20)).active)).toEqual([newer, older]);
    // Seen from the mentee's side, the other initiative is the mentor.
    const theirs = await listNetworkPages(
      [{ id: newerMentee.initiativeId, role: "lead" }],
      first,
      20,
    );
    expect(theirs.active.rows).toMatchObject([{ id: newer, mySide: "mentee", other: "Mentora" }]);
    expect(theirs.toAnswer.total + theirs.waiting.total).toBe(0);
  });

  it("counts a mentorship between two of the person's initiatives once, through the first", async () => {
    const mentor = await createMentor(2, { name: "Ours mentoring" });
    const mentee = await createMentee({ name: "Ours asking" });
    const between = await proposeMentorship(mentor, mentee);
    const a = { id: mentee.initiativeId, role: "member" } as const;
    const b = { id: mentor.initiativeId, role: "lead" } as const;

    // Through the mentee that proposed it, where the person is a member: waiting.
    const asMember = await listNetworkPages([a, b], first, 20);
    expect(asMember.waiting.rows).toMatchObject([
      { id: between, mySide: "mentee", myRole: "member", other: "Ours mentoring" },
    ]);
    expect(asMember.toAnswer.total).toBe(0);
    // Through the mentor, where the person leads: theirs to answer.
    const asLead = await listNetworkPages([b, a], first, 20);
    expect(asLead.toAnswer.rows).toMatchObject([
      { id: between, mySide: "mentor", myRole: "lead", other: "Ours asking" },
    ]);
    expect(asLead.waiting.total).toBe(0);
  });

  it("places mentorships by where their side stands among many initiatives", async () => {
    // Ten or more: positions compared as text would put "10" before "2".
    const outside = await proposalsTo(["Outside asking"]);
    const mentor = await createMentor(2, { name: "Ours, twelfth" });
    const mentee = await createMentee({ name: "Ours, fifth" });
    const between = await proposeMentorship(mentor, mentee);
    const mine: MyInitiative[] = Array.from({ length: 30 }, () => ({
      id: crypto.randomUUID(),
      role: "member" as const,
    }));
    mine[2] = { id: outside.mentor.initiativeId, role: "lead" };
    mine[4] = { id: mentee.initiativeId, role: "member" };
    mine[11] = { id: mentor.initiativeId, role: "lead" };

    const lists = await listNetworkPages(mine, first, 20);
    expect(lists.toAnswer.rows).toMatchObject([
      { id: outside.proposals[0], mySide: "mentor", myRole: "lead", other: "Outside asking" },
    ]);
    // Through the fifth, listed before the twelfth, where the person is a member.
    expect(lists.waiting.rows).toMatchObject([
      { id: between, mySide: "mentee", myRole: "member", other: "Ours, twelfth" },
    ]);
  });

  it("pages each list on its own, and shows the last page for a page past the end", async () => {
    const { mentor, proposals } = await proposalsTo(["P1", "P2", "P3", "P4", "W1", "W2", "W3"]);
    const [p1, p2, p3, p4, w1, w2, w3] = proposals as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    for (const [i, id] of [p1, p2].entries()) await shape(id, { expiresAt: day(i + 1) });
    // The same day: the newer proposal first.
    await shape(p3, { expiresAt: day(3), createdAt: day(1) });
    await shape(p4, { expiresAt: day(3), createdAt: day(2) });
    for (const [i, id] of [w1, w2, w3].entries())
      await shape(id, { expiresAt: day(i + 5), proposerSide: "mentor" });
    const mine: MyInitiative[] = [{ id: mentor.initiativeId, role: "lead" }];

    const pages = await listNetworkPages(mine, { toAnswer: 2, active: 1, waiting: 1 }, 2);
    expect(pages.toAnswer).toMatchObject({ total: 4, page: 2, pages: 2 });
    expect(ids(pages.toAnswer)).toEqual([p4, p3]);
    expect(pages.waiting).toMatchObject({ total: 3, page: 1, pages: 2 });
    expect(ids(pages.waiting)).toEqual([w1, w2]);
    expect(pages.active).toEqual({ rows: [], total: 0, page: 1, pages: 1 });

    const past = await listNetworkPages(mine, { toAnswer: 9, active: 4, waiting: 2 }, 2);
    expect(past.toAnswer).toMatchObject({ total: 4, page: 2, pages: 2 });
    expect(ids(past.toAnswer)).toEqual([p4, p3]);
    expect(past.waiting).toMatchObject({ total: 3, page: 2, pages: 2 });
    expect(ids(past.waiting)).toEqual([w3]);
    expect(ids((await listNetworkPages(mine, first, 2)).toAnswer)).toEqual([p1, p2]);
    expect(await listNetworkPages([], first, 2)).toEqual({
      toAnswer: { rows: [], total: 0, page: 1, pages: 1 },
      active: { rows: [], total: 0, page: 1, pages: 1 },
      waiting: { rows: [], total: 0, page: 1, pages: 1 },
    });
  });
});

describe("open offers and requests over several initiatives", () => {
  it("counts active offers and open requests per initiative, zero where there are none", async () => {
    const mentor = await createMentor(3);
    const matched = await createMentee();
    const waiting = await createMentee();
    await startMentorship(mentor, matched);
    await proposeMentorship(mentor, waiting);
    const { id: empty } = await createTestInitiative(await createPerson());

    const counts = await countOpenSidesOf([
      mentor.initiativeId,
      matched.initiativeId,
      waiting.initiativeId,
      empty,
    ]);
    expect(Object.fromEntries(counts)).toEqual({
      [mentor.initiativeId]: { offers: 1, requests: 0 },
      // A request stops being open once its mentorship starts.
      [matched.initiativeId]: { offers: 0, requests: 0 },
      [waiting.initiativeId]: { offers: 0, requests: 1 },
      [empty]: { offers: 0, requests: 0 },
    });
    expect((await countOpenSidesOf([])).size).toBe(0);
  });
});
