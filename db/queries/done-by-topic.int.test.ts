import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type Executor, getDb } from "@/db";
import { listTemplateSteps } from "@/db/queries/toolkit";
import { checklistItems, doneByTopic, initiatives } from "@/db/schema";
import type { StepStatus } from "@/db/schema/enums";
import { keptDoneByTopic, recountDoneByTopic } from "@/db/testing/done-by-topic";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { overlapWrites } from "@/db/testing/overlap";
import type { Actor } from "@/lib/auth/session";
import { updateStep } from "@/lib/toolkit/checklist";
import {
  moveChecklist,
  publishDraftVersion,
  retireDraftStep,
  saveDraftStep,
  startDraft,
} from "@/lib/toolkit/templates";

/** The kept counts of one initiative, as `topic: done`. */
async function kept(initiativeId: string) {
  const rows = await getDb()
    .select({ topic: doneByTopic.topic, done: doneByTopic.done })
    .from(doneByTopic)
    .where(eq(doneByTopic.initiativeId, initiativeId));
  return Object.fromEntries(rows.map((r) => [r.topic, r.done]));
}

let revisions = new Map<string, number>();

async function save(lead: Actor, initiativeId: string, stepKey: string, status: StepStatus) {
  const key = `${initiativeId}/${stepKey}`;
  const result = await updateStep(lead, {
    initiativeId,
    stepKey,
    status,
    note: `now ${status}`,
    evidenceDate: null,
    revision: revisions.get(key) ?? 0,
  });
  if (!result.ok) throw new Error(result.error);
  revisions.set(key, result.revision);
}

async function ledInitiative() {
  const lead = await createPerson();
  const { id } = await createTestInitiative(lead);
  return { lead, id };
}

describe("done steps per topic, kept by the database", () => {
  it("follow every saved step: done counts, undone uncounts, a reworded note changes nothing", async () => {
    revisions = new Map();
    const { lead, id } = await ledInitiative();
    const steps = await listTemplateSteps(1);
    const funding = steps.filter((s) => s.topic === "funding");
    const committee = steps.filter((s) => s.topic === "committee");
    if (funding.length < 2 || committee.length < 1) throw new Error("template too small");
    expect(await kept(id)).toEqual({});

    await save(lead, id, funding[0]?.key ?? "", "done");
    await save(lead, id, funding[1]?.key ?? "", "done");
    await save(lead, id, committee[0]?.key ?? "", "in_progress");
    expect(await kept(id)).toEqual({ funding: 2 });

    await save(lead, id, committee[0]?.key ?? "", "done");
    await save(lead, id, funding[0]?.key ?? "", "in_progress");
    expect(await kept(id)).toEqual({ funding: 1, committee: 1 });

    // The same status saved again with a new note: the count stays as it was.
    await save(lead, id, committee[0]?.key ?? "", "done");
    expect(await kept(id)).toEqual({ funding: 1, committee: 1 });

    await save(lead, id, committee[0]?.key ?? "", "not_applicable");
    expect(await kept(id)).toEqual({ funding: 1 });
    expect(await keptDoneByTopic(getDb())).toEqual(await recountDoneByTopic(getDb()));
  });

  it("count only the steps of the initiative's own version after it moves to a newer one", async () => {
    revisions = new Map();
    const steward = await createPerson({ isSteward: true });
    const { lead, id } = await ledInitiative();
    const steps = await listTemplateSteps(1);
    const [retired, moved, kept1] = steps.filter((s) => s.topic === "funding");
    if (!retired || !moved || !kept1) throw new Error("template too small");
    for (const step of [retired, moved, kept1]) await save(lead, id, step.key, "done");
    expect((await kept(id)).funding).toBe(3);

    // Version 2 retires one funding step and files another under the committee's work.
    expect(await startDraft(steward)).toBe("ok");
    expect(await retireDraftStep(steward, retired.key)).toBe("ok");
    expect(
      await saveDraftStep(steward, {
        key: moved.key,
        phase: moved.phase,
        topic: "committee",
        evidence: moved.evidence,
        titleEs: moved.title.es,
        titleEn: moved.title.en,
        titlePt: moved.title.pt,
        guidanceEs: moved.guidance.es,
        guidanceEn: moved.guidance.en,
        guidancePt: moved.guidance.pt,
      }),
    ).toBe("ok");
    expect(await publishDraftVersion(steward, "Reordenado")).toBe("ok");
    // Publishing changes no one's checklist until its lead moves it.
    expect((await kept(id)).funding).toBe(3);

    expect(await moveChecklist(lead, id, 2)).toBe("ok");
    const after = await kept(id);
    expect(after.funding).toBe(1);
    expect(after.committee).toBe(1);
    expect(await keptDoneByTopic(getDb())).toEqual(await recountDoneByTopic(getDb()));
  });

  it("count a bulk load of several checklists in one statement, and go with the initiative when it is deleted", async () => {
    const a = await ledInitiative();
    const b = await ledInitiative();
    const [version] = await getDb()
      .select({ v: initiatives.toolkitVersion })
      .from(initiatives)
      .where(eq(initiatives.id, a.id));
    const steps = await listTemplateSteps(version?.v ?? 1);
    // One statement writing both checklists, as a restore or the benchmark's generator does.
    await getDb()
      .insert(checklistItems)
      .values(
        [a.id, b.id].flatMap((initiativeId, n) =>
          steps.slice(0, 6 + n * 3).map((s) => ({
            initiativeId,
            stepKey: s.key,
            templateVersion: version?.v ?? 1,
            status: "done" as const,
          })),
        ),
      )
      .onConflictDoUpdate({
        target: [checklistItems.initiativeId, checklistItems.stepKey],
        set: { status: "done" },
      });
    const total = (counts: Record<string, number>) =>
      Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(total(await kept(a.id))).toBe(6);
    expect(total(await kept(b.id))).toBe(9);
    expect(await keptDoneByTopic(getDb())).toEqual(await recountDoneByTopic(getDb()));

    await getDb().delete(initiatives).where(eq(initiatives.id, a.id));
    expect(await kept(a.id)).toEqual({});
    expect(total(await kept(b.id))).toBe(9);
    expect(await keptDoneByTopic(getDb())).toEqual(await recountDoneByTopic(getDb()));
  });

  // PGlite serves one connection at a time; PostgreSQL runs these side by side.
  it.runIf(process.env.TEST_DB_KIND === "postgres")(
    "stay right when two saves on one checklist overlap",
    async () => {
      const { id } = await ledInitiative();
      // Two steps of one topic: both saves write the same count.
      const [a, b] = (await listTemplateSteps(1)).filter((s) => s.topic === "funding");
      if (!a || !b) throw new Error("template too small");
      const done = (stepKey: string) => ({
        initiativeId: id,
        stepKey,
        templateVersion: 1,
        status: "done" as const,
      });
      const markDone = (tx: Executor, stepKey: string) =>
        tx
          .insert(checklistItems)
          .values(done(stepKey))
          .onConflictDoUpdate({
            target: [checklistItems.initiativeId, checklistItems.stepKey],
            set: { status: "done" },
          });
      // The first save has recounted and not committed yet when the second one recounts.
      await overlapWrites(
        (tx) => markDone(tx, a.key),
        (tx) => markDone(tx, b.key),
      );
      const counted = Object.values(await kept(id)).reduce((sum, n) => sum + n, 0);
      expect(counted).toBe(2);
      expect(await keptDoneByTopic(getDb())).toEqual(await recountDoneByTopic(getDb()));
    },
  );
});
