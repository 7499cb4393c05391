import { describe, expect, it } from "vitest";
import { updateStepAction } from "@/app/initiatives/[slug]/checklist/[step]/actions";
import { moveChecklistAction } from "@/app/initiatives/[slug]/checklist/actions";
import { getInitiativeById } from "@/db/queries/initiatives";
import { addMember } from "@/db/queries/memberships";
import {
  getChecklistItem,
  latestPublishedVersion,
  listStepHistory,
  listTemplateSteps,
} from "@/db/queries/toolkit";
import { getDraftVersion } from "@/db/queries/toolkit-admin";
import { toolkitSteps } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, rowCount } from "@/lib/testing/helpers";
import { loadChecklist } from "@/lib/toolkit/load";
import {
  publishDraftAction,
  retireDraftStepAction,
  saveDraftStepAction,
  startDraftAction,
} from "./actions";

const newStep = {
  key: "youth-track",
  phase: "consolidation",
  topic: "youth",
  evidence: "url",
  titleEs: "Abrir un espacio juvenil",
  titleEn: "Open a youth track",
  titlePt: "Abrir um espaço jovem",
  guidanceEs: "",
  guidanceEn: "",
  guidancePt: "",
};

describe("toolkit template versions", () => {
  it("a steward drafts, rewords, retires, adds and publishes; a lead moves the checklist and keeps progress", async () => {
    const steward = await createPerson({ isSteward: true });
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    await updateStepAction(
      idle,
      form({
        initiativeId: id,
        stepKey: "website",
        status: "done",
        note: "v1 work",
        revision: "0",
      }),
    );
    await updateStepAction(
      idle,
      form({
        initiativeId: id,
        stepKey: "next-cycle",
        status: "in_progress",
        note: "",
        revision: "0",
      }),
    );

    actAs(steward);
    setRequestLocale("en");
    expect((await startDraftAction(idle, form({}))).status).toBe("success");
    const draft = await getDraftVersion();
    expect(draft).toBe(2);
    expect(
      (
        await saveDraftStepAction(
          idle,
          form({
            ...newStep,
            key: "website",
            phase: "transparency",
            topic: "communications",
            evidence: "url",
            titleEn: "Public web page",
          }),
        )
      ).status,
    ).toBe("success");
    expect((await retireDraftStepAction(idle, form({ key: "next-cycle" }))).status).toBe("success");
    expect((await saveDraftStepAction(idle, form(newStep))).status).toBe("success");
    expect(await latestPublishedVersion()).toBe(1);
    expect(
      (await publishDraftAction(idle, form({ notes: "Youth track; website reworded" }))).message,
    ).toBe("Version published.");
    expect(await latestPublishedVersion()).toBe(2);

    const v2 = await listTemplateSteps(2);
    expect(v2.map((s) => s.key)).toContain("youth-track");
    expect(v2.map((s) => s.key)).not.toContain("next-cycle");
    expect(v2.find((s) => s.key === "website")?.title.en).toBe("Public web page");
    expect((await listTemplateSteps(1)).find((s) => s.key === "website")?.title.en).toBe(
      "Web page: who is involved, how to take part, contact",
    );

    actAs(lead);
    expect(
      (await moveChecklistAction(idle, form({ initiativeId: id, version: "2" }))).message,
    ).toBe("The checklist now follows version 2.");
    expect((await getInitiativeById(id))?.toolkitVersion).toBe(2);
    expect(await getChecklistItem(id, "website")).toMatchObject({
      status: "done",
      note: "v1 work",
      templateVersion: 2,
    });
    expect((await listStepHistory(id, "website"))[0]?.templateVersion).toBe(1);
    const checklist = await loadChecklist({ id, toolkitVersion: 2 });
    expect(checklist.statusOf("youth-track")).toBe("todo");
    expect(checklist.steps.some((s) => s.key === "next-cycle")).toBe(false);
    expect((await moveChecklistAction(idle, form({ initiativeId: id, version: "2" }))).status).toBe(
      "error",
    );
  });

  it("refuses template changes from anyone but stewards, and moves from anyone but leads", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    const member = await createPerson();
    await addMember(id, member.id, "member");
    setRequestLocale("es");
    const before = await rowCount(toolkitSteps);
    for (const actor of [lead, member, null]) {
      actAs(actor);
      expect((await startDraftAction(idle, form({}))).status).toBe("error");
      expect((await saveDraftStepAction(idle, form(newStep))).status).toBe("error");
      expect((await publishDraftAction(idle, form({ notes: "x" }))).status).toBe("error");
    }
    expect(await rowCount(toolkitSteps)).toBe(before);
    for (const actor of [member, await createPerson({ isSteward: true })]) {
      actAs(actor);
      expect(
        (await moveChecklistAction(idle, form({ initiativeId: id, version: "2" }))).status,
      ).toBe("error");
    }
    expect((await getInitiativeById(id))?.toolkitVersion).toBe(1);
  });

  it("checks the step form and refuses publishing with no draft", async () => {
    actAs(await createPerson({ isSteward: true }));
    setRequestLocale("es");
    const bad = await saveDraftStepAction(
      idle,
      form({ ...newStep, key: "Youth Track!", phase: "party", titleEs: "" }),
    );
    expect(bad.fieldErrors).toMatchObject({
      key: ["Usa minúsculas, números y guiones, como «youth-track»."],
      phase: ["Elige una opción de la lista."],
      titleEs: ["Este campo es obligatorio."],
    });
    expect((await publishDraftAction(idle, form({ notes: "nada" }))).message).toBe(
      "No hay un borrador abierto.",
    );
  });
});
