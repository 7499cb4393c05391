import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getRun, listDrafts, lockPendingDrafts, lockRun } from "@/db/queries/matching-runs";
import {
  auditEvents,
  helpRequests,
  matchingDrafts,
  matchingRuns,
  mentorships,
  notifications,
  offers,
  outboxMessages,
} from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import {
  createMentee,
  createMentor,
  proposeMentorship,
  startMentorship,
} from "@/db/testing/mentorship";
import { overlapWrites } from "@/db/testing/overlap";
import { closeHelpRequest } from "@/lib/mentorship/listings";
import {
  changeDraftOffer,
  discardRun,
  publishRun,
  removeDraft,
  restoreDraft,
  runNetworkMatching,
} from "./run";

// Network matching works over the whole database: each test starts from an empty pool.
beforeEach(async () => {
  await getDb().update(helpRequests).set({ status: "closed" });
  await getDb().update(offers).set({ status: "closed" });
});

async function runId(penalty = 0) {
  const steward = await createPerson({ isSteward: true });
  const result = await runNetworkMatching(steward, { penalty });
  if (!result.ok) throw new Error(result.error);
  return { steward, id: result.id };
}

const pairs = async (id: string) =>
  (await listDrafts(id)).map((d) => `${d.mentorName} → ${d.menteeName}`).sort();

describe("network-wide matching", () => {
  it("says so, without storing a run, when there is nothing to match", async () => {
    const steward = await createPerson({ isSteward: true });
    expect(await runNetworkMatching(steward, { penalty: 0 })).toEqual({
      ok: false,
      error: "no_requests",
    });
    await createMentee();
    expect(await runNetworkMatching(steward, { penalty: 0 })).toEqual({
      ok: false,
      error: "no_offers",
    });
    expect(await getDb().$count(matchingRuns)).toBe(0);
  });

  it("refuses anyone but a steward and writes nothing", async () => {
    const mentor = await createMentor(1);
    await createMentee();
    expect(await runNetworkMatching(mentor.lead, { penalty: 0 })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await getDb().$count(matchingRuns)).toBe(0);
  });

  it("drafts the optimum under capacity, not the greedy choice", async () => {
    // One place at "Ancla" that both requests like best; only "Cerca" can also take the
    // Spanish-and-English request. Greedy gives Ancla to the best score and strands the other.
    await createMentor(1, {
      name: "Ancla",
      topics: ["funding", "committee"],
      languages: ["es", "en"],
    });
    await createMentor(1, {
      name: "Cerca",
      topics: ["committee"],
      languages: ["en"],
      subRegion: "caribbean",
    });
    await createMentee({ name: "Uno", topics: ["funding", "committee"], languages: ["es"] });
    await createMentee({ name: "Dos", topics: ["funding", "committee"], languages: ["es", "en"] });
    const { id } = await runId(300);
    expect(await pairs(id)).toEqual(["Ancla → Uno", "Cerca → Dos"]);
    const run = await getRun(id);
    expect(run).toMatchObject({ requestCount: 2, offerCount: 2, edgeCount: 3, state: "draft" });
    expect(run?.unmatchedRequestIds).toEqual([]);
  });

  it("lets a steward remove, restore and change drafts within the free places", async () => {
    const a = await createMentor(1, { name: "Alfa" });
    const b = await createMentor(1, { name: "Beta" });
    const x = await createMentee({ name: "Equis" });
    await createMentee({ name: "Ye" });
    const { steward, id } = await runId();
    const drafts = await listDrafts(id);
    const onX = drafts.find((d) => d.requestId === x.requestId);
    if (!onX) throw new Error("no draft for Equis");
    const other = onX.offerId === a.offerId ? b.offerId : a.offerId;
    // The other offer's only place is taken by the other draft.
    expect(await changeDraftOffer(steward, { draftId: onX.id, offerId: other })).toBe("full");
    expect(await removeDraft(steward, onX.id)).toBe("ok");
    const onY = drafts.find((d) => d.id !== onX.id);
    if (!onY) throw new Error("no second draft");
    expect(await changeDraftOffer(steward, { draftId: onY.id, offerId: onX.offerId })).toBe("ok");
    // Equis's offer is now used by Ye's draft: Equis cannot come back on it.
    expect(await restoreDraft(steward, onX.id)).toBe("full");
    expect(await changeDraftOffer(a.lead, { draftId: onY.id, offerId: other })).toBe("forbidden");
    const after = await listDrafts(id);
    expect(after.find((d) => d.id === onY.id)?.offerId).toBe(onX.offerId);
    expect(after.find((d) => d.id === onX.id)?.state).toBe("removed");
  });

  it("publishes drafts as steward proposals, refusing the ones whose sides changed", async () => {
    const mentor = await createMentor(3, { name: "Padrino" });
    const kept = await createMentee({ name: "Sigue" });
    const gone = await createMentee({ name: "Cerró" });
    const removed = await createMentee({ name: "Quitada" });
    const { steward, id } = await runId();
    const drafts = await listDrafts(id);
    expect(drafts).toHaveLength(3);
    const draftOf = (requestId: string) => drafts.find((d) => d.requestId === requestId)?.id ?? "";
    await removeDraft(steward, draftOf(removed.requestId));
    expect(await closeHelpRequest(gone.lead, gone.requestId)).toBe("ok");

    expect(await publishRun(steward, { runId: id, message: "Bienvenidas" })).toEqual({
      ok: true,
      published: 1,
      refused: 1,
    });
    const after = await listDrafts(id);
    expect(after.find((d) => d.requestId === gone.requestId)).toMatchObject({
      state: "refused",
      refusal: "request_closed",
    });
    const proposals = await getDb()
      .select()
      .from(mentorships)
      .where(eq(mentorships.offerId, mentor.offerId));
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      requestId: kept.requestId,
      state: "proposed",
      proposerSide: "steward",
      proposedBy: steward.id,
      message: "Bienvenidas",
    });
    const told = await getDb()
      .select({ userId: notifications.userId, kind: notifications.kind })
      .from(notifications)
      .where(inArray(notifications.userId, [kept.lead.id, mentor.lead.id]));
    expect(told).toEqual(
      expect.arrayContaining([
        { userId: kept.lead.id, kind: "stewardProposal" },
        { userId: mentor.lead.id, kind: "stewardProposalMentor" },
      ]),
    );
    expect((await getRun(id))?.state).toBe("published");
    // A published run is closed to every change.
    expect(await publishRun(steward, { runId: id, message: "" })).toEqual({
      ok: false,
      error: "closed",
    });
    expect(await restoreDraft(steward, draftOf(removed.requestId))).toBe("closed");
  });

  it("publishes a run in one go: each proposal told to both sides, audited, refusals kept apart", async () => {
    const wide = await createMentor(3, { name: "Ancha" });
    const narrow = await createMentor(2, { name: "Estrecha" });
    const mentees = [];
    for (const name of ["Lote Uno", "Lote Dos", "Lote Tres", "Lote Cuatro", "Lote Cinco"])
      mentees.push(await createMentee({ name }));
    const { steward, id } = await runId();
    const drafts = await listDrafts(id);
    expect(drafts).toHaveLength(5);
    expect(drafts.filter((d) => d.offerId === narrow.offerId)).toHaveLength(2);
    const mentorOf = (offerId: string) => (offerId === wide.offerId ? wide : narrow);

    // Since the run: one pair was proposed by its own mentee (a duplicate now), and one of
    // the narrow offer's two places was taken by a newcomer (its second draft no longer fits).
    const onWide = drafts.find((d) => d.offerId === wide.offerId);
    const duplicate = mentees.find((m) => m.requestId === onWide?.requestId);
    if (!onWide || !duplicate) throw new Error("no draft on the wide offer");
    await proposeMentorship(wide, duplicate);
    await startMentorship(narrow, await createMentee({ name: "Recién llegada" }));
    const outboxBefore = await getDb().$count(outboxMessages);

    expect(await publishRun(steward, { runId: id, message: "Hola" })).toEqual({
      ok: true,
      published: 3,
      refused: 2,
    });
    const after = await listDrafts(id);
    expect(after.find((d) => d.id === onWide.id)).toMatchObject({
      state: "refused",
      refusal: "duplicate",
    });
    // The narrow offer's better draft went out; the one after it found no place.
    const [first, second] = after.filter((d) => d.offerId === narrow.offerId);
    expect(first?.state).toBe("published");
    expect(second).toMatchObject({ state: "refused", refusal: "offer_full" });

    const published = after.filter((d) => d.state === "published");
    expect(published).toHaveLength(3);
    const sent = await getDb()
      .select()
      .from(mentorships)
      .where(
        inArray(
          mentorships.id,
          published.map((d) => d.mentorshipId ?? ""),
        ),
      );
    expect(sent).toHaveLength(3);
    for (const draft of published) {
      const proposal = sent.find((m) => m.id === draft.mentorshipId);
      const mentee = mentees.find((m) => m.requestId === draft.requestId);
      expect(proposal).toMatchObject({
        offerId: draft.offerId,
        requestId: draft.requestId,
        menteeInitiativeId: mentee?.initiativeId,
        proposerSide: "steward",
        proposedBy: steward.id,
        message: "Hola",
        state: "proposed",
      });
      // Each side's lead is told, in the app and by e-mail, with the pair's names.
      const told = await getDb()
        .select({
          userId: notifications.userId,
          kind: notifications.kind,
          params: notifications.params,
        })
        .from(notifications)
        .where(eq(notifications.link, `/mentorships/${draft.mentorshipId}`));
      expect(told).toEqual(
        expect.arrayContaining([
          {
            userId: mentee?.lead.id,
            kind: "stewardProposal",
            params: { mentor: draft.mentorName, mentee: draft.menteeName },
          },
          {
            userId: mentorOf(draft.offerId).lead.id,
            kind: "stewardProposalMentor",
            params: { mentor: draft.mentorName, mentee: draft.menteeName },
          },
        ]),
      );
      expect(told).toHaveLength(2);
      expect(
        await getDb().$count(
          auditEvents,
          and(
            eq(auditEvents.entityId, draft.mentorshipId ?? ""),
            eq(auditEvents.action, "mentorship.proposed"),
          ),
        ),
      ).toBe(1);
    }
    expect(await getDb().$count(outboxMessages)).toBe(outboxBefore + 6);
  });

  it("refuses a draft whose offer changed or filled up since the run", async () => {
    const mentor = await createMentor(1, { name: "Único" });
    await createMentee();
    const { steward, id } = await runId();
    await getDb()
      .update(offers)
      .set({ topics: ["funding"] })
      .where(eq(offers.id, mentor.offerId));
    expect(await publishRun(steward, { runId: id, message: "" })).toMatchObject({ refused: 1 });
    expect((await listDrafts(id))[0]?.refusal).toBe("offer_changed");
  });

  it("leaves out pairs that already have a live proposal", async () => {
    const mentor = await createMentor(2);
    const mentee = await createMentee();
    const { steward, id } = await runId();
    expect(await publishRun(steward, { runId: id, message: "" })).toMatchObject({ published: 1 });
    const second = await runNetworkMatching(steward, { penalty: 0 });
    if (!second.ok) throw new Error(second.error);
    expect(await listDrafts(second.id)).toEqual([]);
    expect((await getRun(second.id))?.unmatchedRequestIds).toEqual([mentee.requestId]);
    expect(mentor.offerId).toBeTruthy();
  });

  it.runIf(process.env.TEST_DB_KIND === "postgres")(
    "lets an edit wait for a publish of the same run instead of deadlocking with it",
    async () => {
      await createMentor(1, { name: "Espera" });
      await createMentee({ name: "En cola" });
      const { steward, id } = await runId();
      const [draft] = await listDrafts(id);
      if (!draft) throw new Error("no draft");
      let edited: unknown;
      // Publishing holds the run, then takes its drafts; an edit arriving in between must
      // not hold the draft while it waits for the run (PostgreSQL would abort one of them).
      await overlapWrites(
        (tx) => lockRun(id, tx),
        async (tx) => {
          edited = await removeDraft(steward, draft.id, tx);
        },
        (tx) => lockPendingDrafts(id, tx),
      );
      expect(edited).toBe("ok");
    },
  );

  it("discards a run without sending anything", async () => {
    const mentor = await createMentor(1);
    await createMentee();
    const { steward, id } = await runId();
    const someone = await createPerson();
    expect(await discardRun(someone, id)).toBe("forbidden");
    expect(await discardRun(steward, id)).toBe("ok");
    expect((await getRun(id))?.state).toBe("discarded");
    expect(await getDb().$count(mentorships, eq(mentorships.offerId, mentor.offerId))).toBe(0);
    expect(await getDb().$count(matchingDrafts, eq(matchingDrafts.runId, id))).toBe(1);
  });
});
