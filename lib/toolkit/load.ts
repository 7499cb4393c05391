import { listChecklistItems, listTemplateSteps } from "@/db/queries/toolkit";
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
