import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { addMember } from "@/db/queries/memberships";
import { getChecklistItem, listStepHistory } from "@/db/queries/toolkit";
import { checklistHistory, checklistItems } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, rowCount } from "@/lib/testing/helpers";
import { loadChecklist } from "@/lib/toolkit/load";
import { updateStepAction } from "./actions";

const step = (initiativeId: string, values: Record<string, string> = {}) =>
  form({
    initiativeId,
    stepKey: "website",
    status: "done",
    note: "Publicada",
    evidenceUrl: "https://example.org",
    revision: "0",
    ...values,
  });

describe("updating a checklist step", () => {
  it("a member saves status, note and evidence; the history keeps every save; progress moves", async () => {
    const lead = await createPerson({ name: "Lía" });
    const { id } = await createTestInitiative(lead);
    const member = await createPerson({ name: "Mateo" });
    await addMember(id, member.id, "member");

    actAs(member);
    setRequestLocale("es");
    expect(
      await updateStepAction(idle, step(id, { status: "in_progress", evidenceUrl: "" })),
    ).toMatchObject({
      status: "success",
      message: "Paso guardado.",
      values: { revision: "1" },
    });
    actAs(lead);
    expect((await updateStepAction(idle, step(id, { revision: "1" }))).values?.revision).toBe("2");

    expect(await getChecklistItem(id, "website")).toMatchObject({
      status: "done",
      note: "Publicada",
      evidenceUrl: "https://example.org",
      revision: 2,
      templateVersion: 1,
    });
    const history = await listStepHistory(id, "website");
    expect(history.map((h) => [h.status, h.changedByName])).toEqual([
      ["done", "Lía"],
      ["in_progress", "Mateo"],
    ]);
    const progress = (await loadChecklist({ id, toolkitVersion: 1 })).progress;
    expect(progress.done).toBe(1);
    expect(progress.phases.find((p) => p.phase === "transparency")).toMatchObject({
      done: 1,
      applicable: 2,
      percent: 50,
    });
  });

  it("refuses the second of two people editing the same step, shows the other's change and loses nothing", async () => {
    const lead = await createPerson({ name: "Primera" });
    const { id } = await createTestInitiative(lead);
    const second = await createPerson({ name: "Segunda" });
    await addMember(id, second.id, "member");
    setRequestLocale("en");

    actAs(lead);
    await updateStepAction(idle, step(id, { status: "done", note: "From the first" }));
    actAs(second);
    const stale = await updateStepAction(
      idle,
      step(id, { status: "not_applicable", note: "From the second" }),
    );
    expect(stale.status).toBe("error");
    expect(stale.message).toMatch(
      /^Someone else saved this step while you were editing: Primera set it to “Done”/,
    );
    expect(stale.values).toMatchObject({
      note: "From the second",
      status: "not_applicable",
      revision: "1",
    });
    expect(await getChecklistItem(id, "website")).toMatchObject({
      status: "done",
      note: "From the first",
      revision: 1,
    });

    // Having seen the other change, the second person saves on purpose.
    expect(
      (
        await updateStepAction(
          idle,
          step(id, { status: "not_applicable", note: "From the second", revision: "1" }),
        )
      ).status,
    ).toBe("success");
    expect((await listStepHistory(id, "website")).map((h) => h.note)).toEqual([
      "From the second",
      "From the first",
    ]);
  });

  it("lets only one of many simultaneous first saves through", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => updateStepAction(idle, step(id, { note: `save ${i}` }))),
    );
    expect(results.filter((r) => r.status === "success")).toHaveLength(1);
    expect(await rowCount(checklistHistory)).toBeGreaterThanOrEqual(1);
    const rows = await getDb()
      .select()
      .from(checklistHistory)
      .where(and(eq(checklistHistory.initiativeId, id), eq(checklistHistory.stepKey, "website")));
    expect(rows).toHaveLength(1);
  });

  it("refuses outsiders, stewards and visitors, writing nothing", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    const otherLead = await createPerson();
    await createTestInitiative(otherLead);
    setRequestLocale("es");
    const before = [await rowCount(checklistItems), await rowCount(checklistHistory)];
    for (const actor of [otherLead, await createPerson({ isSteward: true }), null]) {
      actAs(actor);
      expect((await updateStepAction(idle, step(id))).status).toBe("error");
    }
    expect([await rowCount(checklistItems), await rowCount(checklistHistory)]).toEqual(before);
  });

  it.each([
    [{ stepKey: "no-such-step" }, "message", "Ese paso no está en la plantilla"],
    [{ stepKey: "../../etc" }, "stepKey", "no es válido"],
    [{ status: "finished" }, "status", "Elige una opción"],
    [{ evidenceUrl: "javascript:alert(1)" }, "evidenceUrl", "https://"],
    [{ evidenceDate: "2024-13-01" }, "evidenceDate", "fecha válida"],
    [{ note: "n".repeat(2001) }, "note", "2000"],
    [{ revision: "-1" }, "revision", "no es válido"],
  ])("refuses %o with a localized message and writes nothing", async (change, where, text) => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    setRequestLocale("es");
    const before = [await rowCount(checklistItems), await rowCount(checklistHistory)];
    const state = await updateStepAction(idle, step(id, change));
    expect(state.status).toBe("error");
    const said = where === "message" ? state.message : state.fieldErrors?.[where]?.join(" ");
    expect(said).toContain(text);
    expect([await rowCount(checklistItems), await rowCount(checklistHistory)]).toEqual(before);
  });
});
