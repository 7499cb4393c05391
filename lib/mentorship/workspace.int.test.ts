import { describe, expect, it } from "vitest";
import { addMember } from "@/db/queries/memberships";
import { listOffersOf, listRequestsOf } from "@/db/queries/offers";
import { isActiveMentorOf, listGoals, listMeetingsOf, listNotes } from "@/db/queries/workspace";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { canReadChecklist } from "@/lib/toolkit/access";
import { accept, close, propose } from "./lifecycle";
import { publishOffer, publishRequest } from "./listings";
import { addNote, commentOnStep, giveFeedback, logMeeting, setGoal } from "./workspace";

async function activeMentorship() {
  const mentorLead = await createPerson();
  const mentor = await createTestInitiative(mentorLead, { languages: ["es"] });
  const menteeLead = await createPerson();
  const mentee = await createTestInitiative(menteeLead, { languages: ["es"] });
  const menteeMember = await createPerson();
  await addMember(mentee.id, menteeMember.id, "member");
  await publishOffer(mentorLead, {
    initiativeId: mentor.id,
    topics: ["funding"],
    languages: ["es"],
    capacity: 2,
    preferredSubRegions: [],
    note: "",
  });
  await publishRequest(menteeLead, {
    initiativeId: mentee.id,
    topics: ["funding"],
    languages: ["es"],
    description: "Ayuda",
    horizon: null,
  });
  const [offer] = await listOffersOf(mentor.id);
  const [request] = await listRequestsOf(mentee.id);
  const proposed = await propose(menteeLead, {
    offerId: offer?.id ?? "",
    requestId: request?.id ?? "",
    message: "",
  });
  if (!proposed.ok) throw new Error(proposed.error);
  await accept(mentorLead, proposed.id);
  return { id: proposed.id, mentorLead, menteeLead, menteeMember, menteeId: mentee.id };
}

describe("the mentorship workspace", () => {
  it("both sides write notes and log meetings; leads choose goals among the mentee's steps", async () => {
    const w = await activeMentorship();
    expect(await addNote(w.menteeMember, w.id, "Primera nota")).toBe("ok");
    expect(await addNote(w.mentorLead, w.id, "Respuesta del padrino")).toBe("ok");
    expect((await listNotes(w.id)).map((n) => n.body)).toEqual([
      "Primera nota",
      "Respuesta del padrino",
    ]);
    expect(
      await logMeeting(w.menteeLead, {
        mentorshipId: w.id,
        heldOn: "2025-03-01",
        minutes: 60,
        summary: "Plan de patrocinio",
      }),
    ).toBe("ok");
    expect((await listMeetingsOf(w.id))[0]).toMatchObject({
      minutes: 60,
      summary: "Plan de patrocinio",
    });

    expect(await setGoal(w.mentorLead, w.id, "sponsors", false)).toBe("ok");
    expect(await setGoal(w.menteeMember, w.id, "budget", false)).toBe("forbidden");
    expect(await setGoal(w.menteeLead, w.id, "not-a-step", false)).toBe("unknown_step");
    expect((await listGoals(w.id)).map((g) => g.stepKey)).toEqual(["sponsors"]);
  });

  it("stewards and outsiders cannot write (or read through the domain); feedback waits for the close", async () => {
    const w = await activeMentorship();
    expect(await addNote(await createPerson({ isSteward: true }), w.id, "Hola")).toBe("forbidden");
    expect(await addNote(await createPerson(), w.id, "Hola")).toBe("forbidden");
    expect(await giveFeedback(w.menteeLead, { mentorshipId: w.id, rating: 5 })).toBe("not_closed");
    await close(w.mentorLead, w.id, "completed", "Logrado");
    expect(
      await giveFeedback(w.menteeLead, { mentorshipId: w.id, rating: 5, comment: "Gracias" }),
    ).toBe("ok");
    expect(await giveFeedback(w.menteeMember, { mentorshipId: w.id, rating: 1 })).toBe("forbidden");
    expect(await addNote(w.menteeLead, w.id, "Tarde")).toBe("not_active");
  });

  it("an active mentor reads the mentee's private checklist and comments on a step; the access ends with the mentorship", async () => {
    const w = await activeMentorship();
    expect(await isActiveMentorOf(w.menteeId, w.mentorLead.id)).toBe(true);
    expect(canReadChecklist({ role: null, isSteward: false, isMentor: true }, false)).toBe(true);
    expect(
      await commentOnStep(w.mentorLead, {
        initiativeId: w.menteeId,
        stepKey: "budget",
        body: "Revisemos el presupuesto",
      }),
    ).toBe("ok");
    expect(
      await commentOnStep(await createPerson(), {
        initiativeId: w.menteeId,
        stepKey: "budget",
        body: "x",
      }),
    ).toBe("forbidden");
    expect(
      await commentOnStep(w.menteeLead, { initiativeId: w.menteeId, stepKey: "nope", body: "x" }),
    ).toBe("unknown_step");
    await close(w.menteeLead, w.id, "ended", "Cambio de prioridades");
    expect(await isActiveMentorOf(w.menteeId, w.mentorLead.id)).toBe(false);
  });
});
