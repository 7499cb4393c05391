import { describe, expect, it } from "vitest";
import type { StepStatus } from "@/db/schema/enums";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import type { Actor } from "@/lib/auth/session";
import { updateStep } from "@/lib/toolkit/checklist";
import { loadChecklist, loadProgress } from "@/lib/toolkit/load";
import { listStepProgress, listTemplateSteps } from "./toolkit";

async function ledInitiative() {
  const lead = await createPerson();
  const { id } = await createTestInitiative(lead);
  return { lead, id };
}

async function mark(lead: Actor, initiativeId: string, stepKey: string, status: StepStatus) {
  const result = await updateStep(lead, {
    initiativeId,
    stepKey,
    status,
    note: "",
    evidenceDate: null,
    revision: 0,
  });
  if (!result.ok) throw new Error(result.error);
}

describe("a mentee's steps with its progress on each", () => {
  it("lists the template's steps in order with the initiative's own statuses, todo where it has none", async () => {
    const a = await ledInitiative();
    const b = await ledInitiative();
    const steps = await listTemplateSteps(1);
    const free = steps.filter((s) => s.evidence === "none");
    const [first, second, third] = free;
    if (!first || !second || !third) throw new Error("template too small");
    await mark(a.lead, a.id, first.key, "done");
    await mark(a.lead, a.id, third.key, "in_progress");
    await mark(b.lead, b.id, second.key, "done");

    const progress = await listStepProgress(a.id);
    expect(progress.map((s) => s.key)).toEqual(steps.map((s) => s.key));
    expect(progress.map((s) => s.phase)).toEqual(steps.map((s) => s.phase));
    expect(progress.find((s) => s.key === first.key)?.title).toEqual(first.title);
    const statuses = Object.fromEntries(progress.map((s) => [s.key, s.status]));
    expect(statuses[first.key]).toBe("done");
    expect(statuses[third.key]).toBe("in_progress");
    expect(statuses[second.key]).toBe("todo");
    expect(progress.filter((s) => s.status === "todo")).toHaveLength(steps.length - 2);

    // The initiative page's summary comes out as the checklist page's does.
    const figures = ({ next, ...rest }: { next: { key: string } | null }) => ({
      ...rest,
      next: next?.key,
    });
    const summary = figures((await loadProgress(a.id)).progress);
    expect(summary).toEqual(
      figures((await loadChecklist({ id: a.id, toolkitVersion: 1 })).progress),
    );
    expect(summary).toMatchObject({ done: 1, next: third.key });
  });

  it("is empty for an initiative that does not exist", async () => {
    expect(await listStepProgress(crypto.randomUUID())).toEqual([]);
  });
});
