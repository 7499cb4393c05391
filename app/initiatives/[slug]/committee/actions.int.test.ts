import { describe, expect, it } from "vitest";
import { addMember } from "@/db/queries/memberships";
import { listCommittee, listMeetings } from "@/db/queries/roster";
import { annualMeetings, committeeMembers } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { summarizeCommittee } from "@/lib/initiatives/committee";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, rowCount } from "@/lib/testing/helpers";
import { addMeetingAction, removeMeetingAction } from "../meetings/actions";
import { addCommitteeMemberAction, removeCommitteeMemberAction } from "./actions";

describe("the organizing committee", () => {
  it("a lead adds people from three groups and the composition meets the toolkit's minimum", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    for (const [name, group] of [
      ["Ana", "government"],
      ["Beto", "academia"],
      ["Caro", "civil_society"],
    ]) {
      const state = await addCommitteeMemberAction(
        idle,
        form({
          initiativeId: id,
          name: name ?? "",
          stakeholderGroup: group ?? "",
          gender: "woman",
          city: "Panamá",
          country: "PA",
          committeeRole: "",
        }),
      );
      expect(state.status).toBe("success");
    }
    const roster = await listCommittee(id);
    expect(summarizeCommittee(roster)).toMatchObject({
      total: 3,
      groupsPresent: 3,
      meetsMinimum: true,
    });
    expect(roster[0]).toMatchObject({ committeeRole: null, country: "PA" });

    const entry = roster.find((r) => r.name === "Beto");
    expect(
      (
        await removeCommitteeMemberAction(
          idle,
          form({ initiativeId: id, entryId: entry?.id ?? "" }),
        )
      ).status,
    ).toBe("success");
    expect((await listCommittee(id)).map((r) => r.name).sort()).toEqual(["Ana", "Caro"]);
  });

  it("refuses members, outsiders and ids from another initiative; bad input writes nothing", async () => {
    const lead = await createPerson();
    const mine = await createTestInitiative(lead);
    actAs(lead);
    await addCommitteeMemberAction(
      idle,
      form({ initiativeId: mine.id, name: "Persona", stakeholderGroup: "academia" }),
    );
    const [entry] = await listCommittee(mine.id);
    const member = await createPerson();
    await addMember(mine.id, member.id, "member");
    const otherLead = await createPerson();
    const other = await createTestInitiative(otherLead);
    setRequestLocale("es");
    const before = await rowCount(committeeMembers);

    actAs(member);
    expect(
      (
        await addCommitteeMemberAction(
          idle,
          form({ initiativeId: mine.id, name: "X", stakeholderGroup: "academia" }),
        )
      ).message,
    ).toBe("Solo la coordinación de la iniciativa puede cambiar el comité.");
    actAs(otherLead);
    // Their own initiative's id with someone else's entry: matches nothing.
    expect(
      (
        await removeCommitteeMemberAction(
          idle,
          form({ initiativeId: other.id, entryId: entry?.id ?? "" }),
        )
      ).message,
    ).toBe("Esa persona ya no está en el comité.");
    actAs(lead);
    const bad = await addCommitteeMemberAction(
      idle,
      form({
        initiativeId: mine.id,
        name: "",
        stakeholderGroup: "media",
        gender: "other",
        country: "ZZ",
      }),
    );
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual([
      "country",
      "gender",
      "name",
      "stakeholderGroup",
    ]);
    expect(await rowCount(committeeMembers)).toBe(before);
  });
});

describe("annual meetings", () => {
  it("a lead records meetings (newest first) and removes one", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    const meeting = (edition: string, startsOn: string) => ({
      initiativeId: id,
      edition,
      startsOn,
      endsOn: startsOn,
      venue: "Ciudad de Panamá",
      format: "hybrid",
      agendaUrl: "https://example.org/agenda",
      reportUrl: "",
    });
    expect((await addMeetingAction(idle, form(meeting("1", "2023-08-10")))).status).toBe("success");
    expect((await addMeetingAction(idle, form(meeting("2", "2024-08-15")))).status).toBe("success");
    const list = await listMeetings(id);
    expect(list.map((m) => m.edition)).toEqual([2, 1]);
    expect(list[0]).toMatchObject({ agendaUrl: "https://example.org/agenda", reportUrl: null });
    expect(
      (await removeMeetingAction(idle, form({ initiativeId: id, entryId: list[1]?.id ?? "" })))
        .status,
    ).toBe("success");
    expect((await listMeetings(id)).map((m) => m.edition)).toEqual([2]);
  });

  it("refuses impossible dates, an end before the start, bad URLs and editions, and other people", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    setRequestLocale("en");
    const before = await rowCount(annualMeetings);
    const state = await addMeetingAction(
      idle,
      form({
        initiativeId: id,
        edition: "0",
        startsOn: "2024-02-30",
        endsOn: "2024-01-01",
        format: "zoom",
        agendaUrl: "javascript:x",
      }),
    );
    expect(state.fieldErrors).toMatchObject({
      edition: ["Enter a whole number between 1 and 100."],
      startsOn: ["Enter a valid date (YYYY-MM-DD)."],
      format: ["Choose an option from the list."],
      agendaUrl: ["Enter a full web address starting with https:// or http://."],
    });
    const reversed = await addMeetingAction(
      idle,
      form({
        initiativeId: id,
        edition: "3",
        startsOn: "2024-05-02",
        endsOn: "2024-05-01",
        format: "online",
      }),
    );
    expect(reversed.fieldErrors?.endsOn).toEqual(["The end date cannot be before the start date."]);
    actAs(await createPerson());
    expect(
      (
        await addMeetingAction(
          idle,
          form({
            initiativeId: id,
            edition: "3",
            startsOn: "2024-05-01",
            endsOn: "2024-05-01",
            format: "online",
          }),
        )
      ).status,
    ).toBe("error");
    expect(await rowCount(annualMeetings)).toBe(before);
  });
});
