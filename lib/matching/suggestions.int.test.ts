import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getRequest, listOffersOf } from "@/db/queries/offers";
import { listTemplateSteps } from "@/db/queries/toolkit";
import { initiatives } from "@/db/schema";
import {
  createMentee,
  createMentor,
  proposeMentorship,
  startMentorship,
} from "@/db/testing/mentorship";
import { changeOfferStatus, publishOffer } from "@/lib/mentorship/listings";
import { updateStep } from "@/lib/toolkit/checklist";
import { loadOfferSides, loadRequestSides } from "./candidates";
import { rankOffers, rankRequests, type Suggestion } from "./score";
import { SUGGESTIONS_PAGE_SIZE } from "./suggestion-page";
import {
  rankOffersFor,
  rankRequestsFor,
  suggestOffersFor,
  suggestRequestsFor,
} from "./suggestions";

const ranking = (list: Suggestion[]) => list.map((s) => `${s.offerId}>${s.requestId}:${s.score}`);

/** A mentor with one place, taken by another mentee: an active offer with none free. */
async function fullMentor() {
  const mentor = await createMentor(1, { topics: ["funding"], languages: ["es", "en"] });
  const taker = await createMentee({ topics: ["funding"], languages: ["es"] });
  await startMentorship(mentor, taker, "¿Nos acompañan?");
  return mentor;
}

describe("suggestions, narrowed in the database", () => {
  it("rank exactly what scoring every active offer and open request ranks, and leave out what a hard filter refuses", async () => {
    const mentee = await createMentee({
      topics: ["funding", "committee"],
      languages: ["es", "en"],
    });
    const request = await getRequest(mentee.requestId);
    if (!request) throw new Error("no request");
    const fits = await createMentor(3, { topics: ["committee", "youth"], languages: ["en"] });
    // Experience in a topic the request asks for, and in one it does not.
    const steps = await listTemplateSteps(1);
    for (const topic of ["committee", "youth"])
      for (const step of steps.filter((s) => s.topic === topic))
        expect(
          (
            await updateStep(fits.lead, {
              initiativeId: fits.initiativeId,
              stepKey: step.key,
              status: "done",
              note: "",
              evidenceDate: null,
              revision: 0,
            })
          ).ok,
        ).toBe(true);
    const otherTopics = await createMentor(3, { topics: ["youth"], languages: ["es"] });
    const otherLanguage = await createMentor(3, { topics: ["funding"], languages: ["pt"] });
    const paused = await createMentor(3, { topics: ["funding"], languages: ["es"] });
    expect(await changeOfferStatus(paused.lead, paused.offerId, "paused")).toBe("ok");
    const full = await fullMentor();
    // The mentee's own initiative offers help too; it cannot mentor itself.
    await publishOffer(mentee.lead, {
      initiativeId: mentee.initiativeId,
      topics: ["funding"],
      languages: ["es"],
      capacity: 2,
      preferredSubRegions: [],
      note: "",
    });

    const narrowed = await rankOffersFor(request);
    expect(ranking(narrowed)).toEqual(ranking(rankOffers(request, await loadOfferSides())));
    expect(narrowed.find((s) => s.offerId === fits.offerId)?.reasons).toContainEqual({
      kind: "experience",
      topics: ["committee"],
    });
    const ids = narrowed.map((s) => s.offerId);
    expect(ids).toContain(fits.offerId);
    for (const left of [otherTopics, otherLanguage, paused, full])
      expect(ids).not.toContain(left.offerId);
    expect(narrowed.every((s) => s.offer?.initiativeId !== mentee.initiativeId)).toBe(true);

    const [offer] = await loadOfferSides({ ids: [fits.offerId] });
    if (!offer) throw new Error("no offer");
    const requests = await rankRequestsFor(fits.offerId);
    expect(ranking(requests)).toEqual(ranking(rankRequests(offer, await loadRequestSides())));
    expect(requests.map((s) => s.requestId)).toContain(mentee.requestId);
    // The offer's page shows the requests with their initiative and words.
    const fitsPage = await suggestRequestsFor(fits.offerId);
    expect(fitsPage.rows.map(({ request, ...s }) => s)).toEqual(
      requests.slice(0, SUGGESTIONS_PAGE_SIZE).map(({ request, ...s }) => s),
    );
    expect(fitsPage.rows.find((s) => s.requestId === mentee.requestId)?.request).toMatchObject({
      initiativeName: request.initiativeName,
      initiativeSlug: request.initiativeSlug,
      description: request.description,
    });
    // A full offer serves nobody for now; a paused one is not suggested at all.
    expect(await rankRequestsFor(full.offerId)).toEqual([]);
    expect(await rankRequestsFor(paused.offerId)).toEqual([]);
  });

  it("count a mentor's experience per topic in the database, against its own template", async () => {
    const mentor = await createMentor(2, { topics: ["funding"] });
    const steps = await listTemplateSteps(1);
    const funding = steps.filter((s) => s.topic === "funding");
    const done = funding.slice(0, 2);
    for (const step of done) {
      const result = await updateStep(mentor.lead, {
        initiativeId: mentor.initiativeId,
        stepKey: step.key,
        status: "done",
        note: "",
        evidenceDate: null,
        revision: 0,
      });
      expect(result.ok).toBe(true);
    }
    const [side] = await loadOfferSides({ ids: [mentor.offerId] });
    expect(side?.experience.funding).toBeCloseTo(done.length / funding.length);
    expect(side?.experience.committee).toBe(0);
    expect(Object.keys(side?.experience ?? {}).sort()).toEqual(
      [...new Set(steps.map((s) => s.topic))].sort(),
    );
  });

  it("count a mentor's load over all its offers, active mentorships only, whatever the scope", async () => {
    const mentor = await createMentor(3, { topics: ["funding"], languages: ["es"] });
    await publishOffer(mentor.lead, {
      initiativeId: mentor.initiativeId,
      topics: ["youth"],
      languages: ["es"],
      capacity: 3,
      preferredSubRegions: [],
      note: "",
    });
    const [second] = (await listOffersOf(mentor.initiativeId)).filter(
      (o) => o.id !== mentor.offerId,
    );
    if (!second) throw new Error("no second offer");
    const youth = { lead: mentor.lead, offerId: second.id };
    await startMentorship(youth, await createMentee({ topics: ["youth"] }));
    await startMentorship(youth, await createMentee({ topics: ["youth"] }));
    // A proposal still waiting is no load yet.
    await proposeMentorship(mentor, await createMentee({ topics: ["funding"] }));

    const loads = (sides: { id: string; load: number; active: number }[]) =>
      Object.fromEntries(sides.map((s) => [s.id, [s.load, s.active]]));
    const expected = { [mentor.offerId]: [2, 0], [second.id]: [2, 2] };
    expect(loads(await loadOfferSides({ ids: [mentor.offerId, second.id] }))).toEqual(expected);
    const all = loads(await loadOfferSides());
    expect({ [mentor.offerId]: all[mentor.offerId], [second.id]: all[second.id] }).toEqual(
      expected,
    );
    const asking = await createMentee({ topics: ["funding", "youth"] });
    const request = await getRequest(asking.requestId);
    if (!request) throw new Error("no request");
    const fitting = await loadOfferSides({
      fitting: {
        topics: request.topics,
        languages: request.languages,
        notInitiativeId: request.initiativeId,
      },
    });
    expect(loads(fitting.filter((s) => s.initiativeId === mentor.initiativeId))).toEqual(expected);
  });

  it("show one page at a time, best first, and keep a page past the end on the last one", async () => {
    const mentee = await createMentee({ topics: ["reporting"], languages: ["es"] });
    const request = await getRequest(mentee.requestId);
    if (!request) throw new Error("no request");
    for (let i = 0; i < SUGGESTIONS_PAGE_SIZE + 2; i++)
      await createMentor(2, { topics: ["reporting"], languages: ["es"] });
    const all = await rankOffersFor(request);
    const pages = Math.ceil(all.length / SUGGESTIONS_PAGE_SIZE);
    const first = await suggestOffersFor(request, 1);
    expect(first).toMatchObject({ total: all.length, page: 1, pages });
    // Only the page is explained and named, exactly as the full ranking explains it.
    expect(first.rows.map(({ offer, ...s }) => s)).toEqual(
      all.slice(0, SUGGESTIONS_PAGE_SIZE).map(({ offer, ...s }) => s),
    );
    const shown = first.rows[0]?.offer;
    const [named] = await getDb()
      .select({ name: initiatives.name, slug: initiatives.slug })
      .from(initiatives)
      .where(eq(initiatives.id, shown?.initiativeId ?? ""));
    expect(shown).toMatchObject({ initiativeName: named?.name, initiativeSlug: named?.slug });
    const last = await suggestOffersFor(request, pages + 5);
    expect(last.page).toBe(pages);
    expect(last.rows.map((s) => s.offerId)).toEqual(
      all.slice((pages - 1) * SUGGESTIONS_PAGE_SIZE).map((s) => s.offerId),
    );
  });
});
