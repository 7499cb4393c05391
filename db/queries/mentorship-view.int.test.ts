import { describe, expect, it } from "vitest";
import { createPerson } from "@/db/testing/factories";
import { createMentee, createMentor, proposeMentorship } from "@/db/testing/mentorship";
import { addMember } from "./memberships";
import { getMentorshipView } from "./mentorships";

describe("a mentorship as one person sees it", () => {
  it("names both initiatives and gives the viewer's role on each side, null where they are not a member", async () => {
    const mentor = await createMentor(2, { name: "Mentora del Caribe" });
    const mentee = await createMentee({ name: "Nueva iniciativa" });
    const id = await proposeMentorship(mentor, mentee, "¿Nos acompañan?");
    const both = await createPerson();
    await addMember(mentor.initiativeId, both.id, "member");
    await addMember(mentee.initiativeId, both.id, "lead");

    const asMentor = await getMentorshipView(id, mentor.lead.id);
    expect(asMentor).toMatchObject({
      id,
      state: "proposed",
      proposerSide: "mentee",
      message: "¿Nos acompañan?",
      mentorInitiativeId: mentor.initiativeId,
      menteeInitiativeId: mentee.initiativeId,
      mentorName: "Mentora del Caribe",
      menteeName: "Nueva iniciativa",
      mentorRole: "lead",
      menteeRole: null,
    });
    expect(asMentor?.mentorSlug).toMatch(/^mentora-del-caribe/);
    expect(asMentor?.menteeSlug).toMatch(/^nueva-iniciativa/);
    expect(await getMentorshipView(id, mentee.lead.id)).toMatchObject({
      mentorRole: null,
      menteeRole: "lead",
    });
    expect(await getMentorshipView(id, both.id)).toMatchObject({
      mentorRole: "member",
      menteeRole: "lead",
    });
    expect(await getMentorshipView(id, (await createPerson()).id)).toMatchObject({
      mentorRole: null,
      menteeRole: null,
    });
  });

  it("is undefined for a mentorship that does not exist", async () => {
    const viewer = await createPerson();
    expect(await getMentorshipView(crypto.randomUUID(), viewer.id)).toBeUndefined();
  });
});
