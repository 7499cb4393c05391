import { describe, expect, it } from "vitest";
import { updateStepAction } from "@/app/initiatives/[slug]/checklist/[step]/actions";
import { listDirectory } from "@/db/queries/initiatives";
import { addMember } from "@/db/queries/memberships";
import { getOffer, getRequest, listOffersOf, listRequestsOf } from "@/db/queries/offers";
import { helpRequests, offers } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { rankOffersFor, rankRequestsFor } from "@/lib/matching/suggestions";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, rowCount } from "@/lib/testing/helpers";
import {
  closeRequestAction,
  offerStatusAction,
  publishOfferAction,
  publishRequestAction,
} from "./actions";

describe("offers and help requests", () => {
  it("a mentor offers, a new initiative asks, and each sees the other ranked with reasons", async () => {
    const mentorLead = await createPerson();
    const mentor = await createTestInitiative(mentorLead, {
      name: `Mentora ${Date.now()}`,
      subRegion: "south_america",
      languages: ["es", "en"],
    });
    const menteeLead = await createPerson();
    const mentee = await createTestInitiative(menteeLead, {
      name: `Aprendiz ${Date.now()}`,
      subRegion: "caribbean",
      languages: ["en"],
    });

    actAs(mentorLead);
    // The mentor has walked the funding road itself.
    for (const key of ["budget", "sponsors", "grants"]) {
      await updateStepAction(
        idle,
        form({ initiativeId: mentor.id, stepKey: key, status: "done", note: "", revision: "0" }),
      );
    }
    expect(
      await publishOfferAction(
        idle,
        form({
          initiativeId: mentor.id,
          topics: ["funding", "committee"],
          languages: ["es", "en"],
          capacity: "3",
          note: "Con gusto",
        }),
      ),
    ).toMatchObject({ status: "success" });
    const [offer] = await listOffersOf(mentor.id);
    expect(offer).toMatchObject({
      topics: ["funding", "committee"],
      capacity: 3,
      status: "active",
    });

    actAs(menteeLead);
    expect(
      await publishRequestAction(
        idle,
        form({
          initiativeId: mentee.id,
          topics: ["funding"],
          languages: ["en"],
          description: "We need sponsors.",
        }),
      ),
    ).toMatchObject({ status: "success" });
    const [request] = await listRequestsOf(mentee.id);
    if (!request || !offer) throw new Error("missing");

    const suggestions = await rankOffersFor(request);
    const mine = suggestions.find((s) => s.offerId === offer.id);
    expect(mine?.reasons).toEqual([
      { kind: "covers", topics: ["funding"], all: true },
      { kind: "languages", languages: ["en"] },
      { kind: "sameRegion" },
      { kind: "experience", topics: ["funding"] },
      { kind: "places", free: 3, capacity: 3 },
    ]);
    expect((await rankRequestsFor(offer.id)).map((s) => s.requestId)).toContain(request.id);

    const offering = await listDirectory({ offering: true, foldedQuery: "mentora" });
    expect(offering.rows.map((r) => r.id)).toContain(mentor.id);
    expect((await listDirectory({ needsHelp: true })).rows.map((r) => r.id)).toContain(mentee.id);

    actAs(mentorLead);
    await offerStatusAction(idle, form({ offerId: offer.id, status: "paused" }));
    expect((await getOffer(offer.id))?.status).toBe("paused");
    expect((await rankOffersFor(request)).map((s) => s.offerId)).not.toContain(offer.id);

    actAs(menteeLead);
    await closeRequestAction(idle, form({ requestId: request.id }));
    expect((await getRequest(request.id))?.status).toBe("closed");
  });

  it.each([
    [{ capacity: "0" }, "capacity", "entre 1 y 50"],
    [{ capacity: "-3" }, "capacity", "entre 1 y 50"],
    [{ capacity: "51" }, "capacity", "entre 1 y 50"],
    [{ capacity: "2.5" }, "capacity", "entre 1 y 50"],
    [{ topics: [] }, "topics", "al menos un tema"],
    [{ topics: ["gardening"] }, "topics", "Elige una opción"],
    [{ languages: [] }, "languages", "al menos un idioma"],
  ])("refuses an offer with %o and writes nothing", async (change, field, text) => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    setRequestLocale("es");
    const before = await rowCount(offers);
    const state = await publishOfferAction(
      idle,
      form({ initiativeId: id, topics: ["funding"], languages: ["es"], capacity: "2", ...change }),
    );
    expect(state.fieldErrors?.[field]?.join(" ")).toContain(text);
    expect(await rowCount(offers)).toBe(before);
  });

  it("refuses requests with no description or a past horizon", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    setRequestLocale("en");
    const before = await rowCount(helpRequests);
    const state = await publishRequestAction(
      idle,
      form({
        initiativeId: id,
        topics: ["program"],
        languages: ["es"],
        description: " ",
        horizon: "2001-01-01",
      }),
    );
    expect(state.fieldErrors).toMatchObject({
      description: ["This field is required."],
      horizon: ["The date cannot be in the past."],
    });
    expect(await rowCount(helpRequests)).toBe(before);
  });

  it("only the initiative's leads publish and change; members and others are refused", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    const member = await createPerson();
    await addMember(id, member.id, "member");
    actAs(lead);
    await publishOfferAction(
      idle,
      form({ initiativeId: id, topics: ["funding"], languages: ["es"], capacity: "2" }),
    );
    const [offer] = await listOffersOf(id);
    const before = [await rowCount(offers), await rowCount(helpRequests)];
    for (const actor of [
      member,
      await createPerson(),
      await createPerson({ isSteward: true }),
      null,
    ]) {
      actAs(actor);
      expect(
        (
          await publishOfferAction(
            idle,
            form({ initiativeId: id, topics: ["funding"], languages: ["es"], capacity: "2" }),
          )
        ).status,
      ).toBe("error");
      expect(
        (
          await publishRequestAction(
            idle,
            form({ initiativeId: id, topics: ["funding"], languages: ["es"], description: "x" }),
          )
        ).status,
      ).toBe("error");
      expect(
        (await offerStatusAction(idle, form({ offerId: offer?.id ?? "", status: "closed" })))
          .status,
      ).toBe("error");
    }
    expect([await rowCount(offers), await rowCount(helpRequests)]).toEqual(before);
    expect((await getOffer(offer?.id ?? ""))?.status).toBe("active");
  });
});
