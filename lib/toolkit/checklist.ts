import type { Executor } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getInitiativeById } from "@/db/queries/initiatives";
import { getRole } from "@/db/queries/memberships";
import {
  type ChecklistItem,
  getChecklistItem,
  saveChecklistItem,
  templateHasStep,
} from "@/db/queries/toolkit";
import type { Actor } from "@/lib/auth/session";
import type { StepUpdate } from "@/lib/validation/checklist";
import { canEditChecklist } from "./access";

export type StepResult =
  | { ok: true; revision: number }
  | { ok: false; error: "forbidden" | "not_found" | "unknown_step" }
  | { ok: false; error: "conflict"; current: ChecklistItem | undefined };

/** A lead or member records a step's status, note and evidence; a stale revision is refused. */
export async function updateStep(
  actor: Actor,
  input: StepUpdate,
  db: Executor = getDb(),
): Promise<StepResult> {
  const result = await db.transaction(async (tx) => {
    const initiative = await getInitiativeById(input.initiativeId, tx);
    if (!initiative) return { ok: false as const, error: "not_found" as const };
    if (!canEditChecklist(await getRole(input.initiativeId, actor.id, tx)))
      return { ok: false as const, error: "forbidden" as const };
    if (!(await templateHasStep(initiative.toolkitVersion, input.stepKey, tx)))
      return { ok: false as const, error: "unknown_step" as const };
    const revision = await saveChecklistItem(
      {
        initiativeId: input.initiativeId,
        stepKey: input.stepKey,
        templateVersion: initiative.toolkitVersion,
        status: input.status,
        note: input.note,
        evidenceUrl: input.evidenceUrl ?? null,
        evidenceDate: input.evidenceDate,
        changedBy: actor.id,
      },
      input.revision,
      tx,
    );
    if (revision === null) return { ok: false as const, error: "conflict" as const };
    await recordAudit(
      {
        actorId: actor.id,
        action: "checklist.updated",
        entityType: "initiative",
        entityId: input.initiativeId,
        after: { step: input.stepKey, status: input.status },
      },
      tx,
    );
    return { ok: true as const, revision };
  });
  if (!result.ok && result.error === "conflict") {
    // Read after the failed transaction, so the person sees what the other saved.
    return {
      ok: false,
      error: "conflict",
      current: await getChecklistItem(input.initiativeId, input.stepKey, db),
    };
  }
  return result;
}
