import { listChecklistItems, listStepProgress, listTemplateSteps } from "@/db/queries/toolkit";
import type { StepStatus } from "@/db/schema/enums";
import { computeProgress } from "./progress";

/** An initiative's checklist: its template's steps, the saved state of each, the progress. */
export async function loadChecklist(initiative: { id: string; toolkitVersion: number }) {
  const [steps, items] = await Promise.all([
    listTemplateSteps(initiative.toolkitVersion),
    listChecklistItems(initiative.id),
  ]);
  const byKey = new Map(items.map((item) => [item.stepKey, item]));
  const statusOf = (key: string): StepStatus => byKey.get(key)?.status ?? "todo";
  return { steps, byKey, statusOf, progress: computeProgress(steps, statusOf) };
}

export type LoadedChecklist = Awaited<ReturnType<typeof loadChecklist>>;

/** An initiative's progress alone, for pages that summarize it: one query, no saved notes. */
export async function loadProgress(initiativeId: string) {
  const steps = await listStepProgress(initiativeId);
  const status = new Map(steps.map((s) => [s.key, s.status]));
  const statusOf = (key: string): StepStatus => status.get(key) ?? "todo";
  return { steps, progress: computeProgress(steps, statusOf) };
}

/** What a progress summary needs: the figures, and the steps to name the next one. */
export type ChecklistProgress = Pick<LoadedChecklist, "progress"> & {
  steps: Pick<LoadedChecklist["steps"][number], "key" | "title">[];
};
