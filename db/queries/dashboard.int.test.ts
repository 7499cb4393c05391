import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { TEMPLATE_V1 } from "@/db/reference/toolkit-v1";
import { mentorshipNotes, mentorships } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import {
  createMentee,
  createMentor,
  proposeMentorship,
  startMentorship,
} from "@/db/testing/mentorship";
import { remindCheckIn } from "@/lib/mentorship/check-ins";
import { updateStep } from "@/lib/toolkit/checklist";
import {
  countInitiativesBy,
  countOfferPlaces,
  countOpenRequestsByTopic,
  countProgressByPhase,
  listMentorshipSpans,
  listOfferCapacity,
  listQuietMentorships,
} from "./dashboard";

const DAY = 24 * 60 * 60 * 1000;

describe("the steward dashboard", () => {
  it("counts the network as it is, on known data", async () => {
    const lead = await createPerson();
    const youth = await createTestInitiative(lead, {
      kind: "youth",
      subRegion: "caribbean",
      stage: "developing",
    });
    const mentor = await createMentor(3, { name: "Consolidada" });
    const waiting = await createMentee({ topics: ["funding", "committee"] });
    await createMentee({ topics: ["funding"] });
    await proposeMentorship(mentor, waiting);
    const matched = await createMentee({ topics: ["committee"] });
    await startMentorship(mentor, matched);

    const first = TEMPLATE_V1[0];
    if (!first) throw new Error("empty template");
    await updateStep(lead, {
      initiativeId: youth.id,
      stepKey: first.key,
      status: "done",
      note: "",
      evidenceUrl: undefined,
      evidenceDate: null,
      revision: 0,
    });

    const by = await countInitiativesBy();
    // The mentor, three mentees and the youth initiative.
    expect(by.total).toBe(5);
    expect(by.byKind.get("youth")).toBe(1);
    expect(by.byKind.get("national")).toBe(4);
    expect(by.byStage.get("developing")).toBe(1);
    expect(by.bySubRegion.get("caribbean")).toBe(1);

    const requests = await countOpenRequestsByTopic();
    expect(requests).toMatchObject({ open: 2, unmatched: 1 });
    expect(requests.byTopic.get("funding")).toEqual({ waiting: 1, unmatched: 1 });
    expect(requests.byTopic.get("committee")).toEqual({ waiting: 1, unmatched: 0 });

    expect(await listOfferCapacity()).toEqual([
      { initiativeId: mentor.initiativeId, name: "Consolidada", capacity: 3, used: 1 },
    ]);
    const spans = await listMentorshipSpans();
    expect(spans.map((s) => s.state)).toEqual(["active"]);

    const progress = await countProgressByPhase();
    const phase = progress.get(first.phase);
    const stepsInPhase = TEMPLATE_V1.filter((s) => s.phase === first.phase).length;
    expect(phase).toEqual({ total: stepsInPhase * 5, done: 1, inProgress: 0, notApplicable: 0 });
  });

  it("lists quiet mentorships and lets a steward remind both sides once a day", async () => {
    const mentor = await createMentor(2);
    const mentee = await createMentee();
    const id = await startMentorship(mentor, mentee);
    const db = getDb();
    await db
      .update(mentorships)
      .set({ startedAt: new Date(Date.now() - 40 * DAY) })
      .where(eq(mentorships.id, id));
    const quiet = async (days: number) => (await listQuietMentorships(days)).map((q) => q.id);
    expect(await quiet(30)).toContain(id);
    expect(await quiet(60)).not.toContain(id);

    const steward = await createPerson({ isSteward: true });
    expect(await remindCheckIn(mentor.lead, id)).toBe("forbidden");
    expect(await remindCheckIn(steward, id)).toBe("ok");
    expect(await remindCheckIn(steward, id)).toBe("recently_reminded");
    const [row] = await listQuietMentorships(30);
    expect(row?.lastReminder).toBeInstanceOf(Date);

    // A note is news: the mentorship is no longer quiet.
    await db
      .insert(mentorshipNotes)
      .values({ mentorshipId: id, authorId: mentee.lead.id, body: "Hola" });
    expect(await quiet(30)).not.toContain(id);
  });

  it("draws the busiest mentors only, while the totals count every offer", async () => {
    const before = await countOfferPlaces();
    const busy = await createMentor(5, { name: "Muy ocupada" });
    const idle = await createMentor(4, { name: "Sin padrinazgos" });
    for (let i = 0; i < 2; i++) {
      const mentee = await createMentee({ topics: ["funding"] });
      await startMentorship(busy, mentee);
    }
    expect(await countOfferPlaces()).toEqual({
      mentors: before.mentors + 2,
      places: before.places + 9,
      used: before.used + 2,
    });
    const [first] = await listOfferCapacity(undefined, 1);
    expect(first).toMatchObject({ initiativeId: busy.initiativeId, used: 2, capacity: 5 });
    const all = await listOfferCapacity();
    expect(all.map((o) => o.initiativeId)).toContain(idle.initiativeId);
    expect(await listOfferCapacity(undefined, 1)).toHaveLength(1);
  });

  it("pages quiet mentorships, quietest first, and says how many there are in all", async () => {
    const mentor = await createMentor(5);
    const db = getDb();
    for (let i = 0; i < 3; i++) {
      const mentee = await createMentee();
      const id = await startMentorship(mentor, mentee);
      await db
        .update(mentorships)
        .set({ startedAt: new Date(Date.now() - (200 + i) * DAY) })
        .where(eq(mentorships.id, id));
    }
    const all = await listQuietMentorships(150);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const firstPage = await listQuietMentorships(150, { limit: 2 });
    const secondPage = await listQuietMentorships(150, { limit: 2, offset: 2 });
    expect(firstPage.map((q) => q.id)).toEqual(all.slice(0, 2).map((q) => q.id));
    expect(secondPage.map((q) => q.id)).toEqual(all.slice(2, 4).map((q) => q.id));
    expect(firstPage[0]?.total).toBe(all.length);
    expect(firstPage[0]?.lastActivity.getTime()).toBeLessThanOrEqual(
      firstPage[1]?.lastActivity.getTime() ?? 0,
    );
  });
});
