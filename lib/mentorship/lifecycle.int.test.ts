import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { lockMentorship } from "@/db/queries/mentorships";
import { getOffer, getRequest, listRequestsOf } from "@/db/queries/offers";
import { auditEvents, mentorships, notifications, offers } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createMentee, createMentor } from "@/db/testing/mentorship";
import type { Actor } from "@/lib/auth/session";
import {
  accept,
  close,
  decline,
  expireDueProposals,
  expireIfDue,
  propose,
  withdraw,
} from "./lifecycle";
import { publishRequest } from "./listings";

const mentorWithOffer = (capacity: number) => createMentor(capacity);
const menteeWithRequest = (topics: ("funding" | "committee" | "program")[] = ["funding"]) =>
  createMentee({ topics });

async function proposal(mentee: { lead: Actor; requestId: string }, offerId: string) {
  const result = await propose(mentee.lead, {
    offerId,
    requestId: mentee.requestId,
    message: "¿Nos acompañan?",
  });
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

async function stateOf(id: string) {
  const [row] = await getDb()
    .select({ state: mentorships.state })
    .from(mentorships)
    .where(eq(mentorships.id, id));
  return row?.state;
}

describe("the padrinazgo lifecycle", () => {
  it("proposed → active when the mentor accepts; the request is matched and competing proposals withdrawn, their senders told", async () => {
    const mentorA = await mentorWithOffer(3);
    const mentorB = await mentorWithOffer(3);
    const mentee = await menteeWithRequest();
    const first = await proposal(mentee, mentorA.offerId);
    const second = await proposal(mentee, mentorB.offerId);

    expect(await accept(mentee.lead, first)).toEqual({ ok: false, error: "forbidden" });
    expect(await accept(mentorA.lead, first)).toEqual({ ok: true, id: first });
    expect(await stateOf(first)).toBe("active");
    expect(await stateOf(second)).toBe("withdrawn");
    expect((await getRequest(mentee.requestId))?.status).toBe("matched");
    expect((await getOffer(mentorA.offerId))?.activeCount).toBe(1);
    const notices = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.userId, mentee.lead.id));
    expect(notices.map((n) => n.kind).sort()).toEqual([
      "proposalAccepted",
      "proposalAutoWithdrawn",
    ]);
    // The withdrawal is on the record, caused by the accept.
    const record = await getDb()
      .select({ actorId: auditEvents.actorId, after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, second),
          eq(auditEvents.action, "mentorship.withdrawn_matched"),
        ),
      );
    expect(record).toEqual([{ actorId: mentorA.lead.id, after: { matchedBy: first } }]);

    expect(await accept(mentorB.lead, second)).toEqual({ ok: false, error: "not_proposed" });
    expect(await close(mentee.lead, first, "completed", "¡Listo!")).toEqual({
      ok: true,
      id: first,
    });
    expect((await getOffer(mentorA.offerId))?.activeCount).toBe(0);
    expect(await close(mentee.lead, first, "ended", "")).toEqual({
      ok: false,
      error: "not_active",
    });
  });

  it("declined and withdrawn proposals, each by the right side only", async () => {
    const mentor = await mentorWithOffer(2);
    const mentee = await menteeWithRequest();
    const id = await proposal(mentee, mentor.offerId);
    expect(await withdraw(mentor.lead, id)).toEqual({ ok: false, error: "forbidden" });
    expect(await decline(mentee.lead, id, "")).toEqual({ ok: false, error: "forbidden" });
    expect(await decline(mentor.lead, id, "Sin tiempo este año")).toEqual({ ok: true, id });
    expect(await accept(mentor.lead, id)).toEqual({ ok: false, error: "not_proposed" });

    const again = await proposal(mentee, mentor.offerId);
    expect(await withdraw(mentee.lead, again)).toEqual({ ok: true, id: again });
    expect(await stateOf(again)).toBe("withdrawn");
  });

  it("refuses an initiative mentoring itself, proposals that do not fit, duplicates and outsiders", async () => {
    const mentor = await mentorWithOffer(2);
    const mentee = await menteeWithRequest(["program"]);
    expect(
      await propose(mentee.lead, {
        offerId: mentor.offerId,
        requestId: mentee.requestId,
        message: "",
      }),
    ).toEqual({ ok: false, error: "no_fit" });
    const fitting = await menteeWithRequest();
    await proposal(fitting, mentor.offerId);
    expect(
      await propose(fitting.lead, {
        offerId: mentor.offerId,
        requestId: fitting.requestId,
        message: "",
      }),
    ).toEqual({ ok: false, error: "duplicate" });
    expect(
      await propose(await createPerson(), {
        offerId: mentor.offerId,
        requestId: fitting.requestId,
        message: "",
      }),
    ).toEqual({ ok: false, error: "forbidden" });
    await publishRequest(mentor.lead, {
      initiativeId: mentor.initiativeId,
      topics: ["funding"],
      languages: ["es"],
      description: "x",
      horizon: null,
    });
    const [own] = await listRequestsOf(mentor.initiativeId);
    expect(
      await propose(mentor.lead, {
        offerId: mentor.offerId,
        requestId: own?.id ?? "",
        message: "",
      }),
    ).toEqual({ ok: false, error: "no_fit" });
  });

  it("expires unanswered proposals, tells the proposer, and refuses to accept them", async () => {
    const mentor = await mentorWithOffer(2);
    const mentee = await menteeWithRequest();
    const id = await proposal(mentee, mentor.offerId);
    await getDb()
      .update(mentorships)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(mentorships.id, id));
    expect(await accept(mentor.lead, id)).toEqual({ ok: false, error: "expired" });
    expect(await stateOf(id)).toBe("expired");
    const again = await proposal(mentee, mentor.offerId);
    await getDb()
      .update(mentorships)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(mentorships.id, again));
    expect(await expireDueProposals()).toBeGreaterThanOrEqual(1);
    expect(await stateOf(again)).toBe("expired");
    const notices = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.userId, mentee.lead.id));
    expect(notices.filter((n) => n.kind === "proposalExpired")).toHaveLength(2);
  });

  it("expires every proposal due in one sweep, telling each proposer once but not for a steward's", async () => {
    const mentor = await mentorWithOffer(12);
    const mentees = await Promise.all(Array.from({ length: 12 }, () => menteeWithRequest()));
    const ids = [];
    for (const mentee of mentees) ids.push(await proposal(mentee, mentor.offerId));
    const inTime = ids.slice(0, 2);
    const byStewards = ids.slice(2, 5);
    const due = ids.slice(5);
    const past = new Date(Date.now() - 1000);
    await getDb()
      .update(mentorships)
      .set({ expiresAt: past })
      .where(inArray(mentorships.id, [...byStewards, ...due]));
    // A network run's proposals are sent in the stewards' name: no proposer to tell.
    await getDb()
      .update(mentorships)
      .set({ proposerSide: "steward" })
      .where(inArray(mentorships.id, byStewards));

    const sweeps = await Promise.all([expireDueProposals(), expireDueProposals()]);
    expect(sweeps[0] + sweeps[1]).toBeGreaterThanOrEqual(10);
    for (const id of [...byStewards, ...due]) expect(await stateOf(id)).toBe("expired");
    for (const id of inTime) expect(await stateOf(id)).toBe("proposed");

    const told = await getDb()
      .select({
        userId: notifications.userId,
        link: notifications.link,
        params: notifications.params,
      })
      .from(notifications)
      .where(eq(notifications.kind, "proposalExpired"));
    for (const [i, id] of ids.entries()) {
      const notices = told.filter((n) => n.link === `/mentorships/${id}`);
      if (!due.includes(id)) {
        expect(notices).toEqual([]);
        continue;
      }
      expect(notices).toHaveLength(1);
      expect(notices[0]?.userId).toBe(mentees[i]?.lead.id);
      expect(notices[0]?.params).toMatchObject({
        mentor: expect.any(String),
        mentee: expect.any(String),
      });
    }
    const audited = await getDb()
      .select({ entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "mentorship.expired"), inArray(auditEvents.entityId, ids)));
    expect(audited.map((a) => a.entityId).sort()).toEqual([...byStewards, ...due].sort());
  });

  it.runIf(process.env.TEST_DB_KIND === "postgres")(
    "sweeps past a due proposal another transaction holds, without waiting for it",
    async () => {
      const mentor = await mentorWithOffer(2);
      const held = await proposal(await menteeWithRequest(), mentor.offerId);
      const free = await proposal(await menteeWithRequest(), mentor.offerId);
      await getDb()
        .update(mentorships)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(inArray(mentorships.id, [held, free]));
      // An accept holds `held` while it settles the request; a sweep that waited for it
      // (holding `free`) could deadlock with it, and here would never return.
      await getDb().transaction(async (tx) => {
        await lockMentorship(held, tx);
        expect(await expireDueProposals()).toBeGreaterThanOrEqual(1);
        expect(await stateOf(free)).toBe("expired");
        expect(await stateOf(held)).toBe("proposed");
      });
      // Once released, the next sweep takes it.
      expect(await expireDueProposals()).toBeGreaterThanOrEqual(1);
      expect(await stateOf(held)).toBe("expired");
    },
  );

  it("expires one proposal past its date, once, and leaves one still in time", async () => {
    const mentor = await mentorWithOffer(2);
    const late = await menteeWithRequest();
    const inTime = await menteeWithRequest();
    const due = await proposal(late, mentor.offerId);
    const waiting = await proposal(inTime, mentor.offerId);
    await getDb()
      .update(mentorships)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(mentorships.id, due));

    expect(await expireIfDue(waiting)).toBe(false);
    expect(await stateOf(waiting)).toBe("proposed");
    expect(await expireIfDue(due)).toBe(true);
    expect(await stateOf(due)).toBe("expired");
    expect(await expireIfDue(due)).toBe(false);
    const notices = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.userId, late.lead.id));
    expect(notices.filter((n) => n.kind === "proposalExpired")).toHaveLength(1);
  });

  it("never holds more active mentorships than the offer's capacity: 50 parallel accepts, 20 times", async () => {
    // The losers' requests stay open for the next round; the winners are replaced.
    let mentees = await Promise.all(Array.from({ length: 50 }, () => menteeWithRequest()));
    for (let round = 0; round < 20; round++) {
      const mentor = await mentorWithOffer(4);
      const ids: string[] = [];
      for (const mentee of mentees) ids.push(await proposal(mentee, mentor.offerId));
      const results = await Promise.all(ids.map((id) => accept(mentor.lead, id)));
      expect(results.filter((r) => r.ok)).toHaveLength(4);
      expect(results.filter((r) => !r.ok && r.error === "full")).toHaveLength(46);
      const active = await getDb()
        .select()
        .from(mentorships)
        .where(eq(mentorships.offerId, mentor.offerId));
      expect(active.filter((m) => m.state === "active")).toHaveLength(4);
      expect((await getOffer(mentor.offerId))?.activeCount).toBe(4);
      const won = new Set(ids.filter((_, i) => results[i]?.ok));
      const keep = mentees.filter((_, i) => !won.has(ids[i] ?? ""));
      mentees = [
        ...keep,
        ...(await Promise.all(Array.from({ length: 4 }, () => menteeWithRequest()))),
      ];
    }
  }, 300_000);

  it("two mentors accepting proposals for the same request at once: exactly one wins, no deadlock", async () => {
    for (let round = 0; round < 5; round++) {
      const mentee = await menteeWithRequest();
      const mentors = await Promise.all([
        mentorWithOffer(3),
        mentorWithOffer(3),
        mentorWithOffer(3),
      ]);
      const ids = [];
      for (const mentor of mentors) ids.push(await proposal(mentee, mentor.offerId));
      const results = await Promise.all(ids.map((id, i) => accept(mentors[i]?.lead as Actor, id)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const states = await Promise.all(ids.map(stateOf));
      expect(states.filter((s) => s === "active")).toHaveLength(1);
      expect(states.filter((s) => s === "withdrawn")).toHaveLength(2);
    }
  });

  it("the database itself refuses overbooking, whatever the code does", async () => {
    const mentor = await mentorWithOffer(1);
    await expect(
      getDb().update(offers).set({ activeCount: 2 }).where(eq(offers.id, mentor.offerId)),
    ).rejects.toThrow();
  });
});
