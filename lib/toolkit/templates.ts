import type { z } from "zod";
import type { Executor } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getInitiativeById, updateInitiativeRow } from "@/db/queries/initiatives";
import { getRole } from "@/db/queries/memberships";
import { latestPublishedVersion, listTemplateSteps, rebaseChecklist } from "@/db/queries/toolkit";
import {
  createDraft,
  deleteDraftStep,
  getDraftVersion,
  publishDraft,
  upsertDraftStep,
} from "@/db/queries/toolkit-admin";
import type { Actor } from "@/lib/auth/session";
import type { draftStepInput } from "@/lib/validation/toolkit-admin";

export type TemplateResult = "ok" | "forbidden" | "no_draft" | "not_found" | "empty" | "not_newer";

function audit(actor: Actor, action: string, entityId: string, after?: unknown) {
  return { actorId: actor.id, action, entityType: "toolkit_template", entityId, after };
}

/** Stewards open the next version as a draft (a copy of the latest published one), once. */
export async function startDraft(actor: Actor, db: Executor = getDb()): Promise<TemplateResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx): Promise<TemplateResult> => {
    if ((await getDraftVersion(tx)) !== null) return "ok";
    const version = await createDraft(await latestPublishedVersion(tx), tx);
    await recordAudit(audit(actor, "toolkit.draft_started", String(version)), tx);
    return "ok";
  });
}

/** Adds a step to the draft, or rewords the step with the same key. */
export async function saveDraftStep(
  actor: Actor,
  input: z.output<typeof draftStepInput>,
  db: Executor = getDb(),
): Promise<TemplateResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx): Promise<TemplateResult> => {
    const draft = await getDraftVersion(tx);
    if (draft === null) return "no_draft";
    const done = await upsertDraftStep(
      draft,
      {
        key: input.key,
        phase: input.phase,
        topic: input.topic,
        evidence: input.evidence,
        title: { es: input.titleEs, en: input.titleEn, pt: input.titlePt },
        guidance: { es: input.guidanceEs, en: input.guidanceEn, pt: input.guidancePt },
      },
      tx,
    );
    await recordAudit(audit(actor, `toolkit.step_${done}`, String(draft), { key: input.key }), tx);
    return "ok";
  });
}

/** Retires a step from the draft; progress already recorded on it stays in the history. */
export async function retireDraftStep(
  actor: Actor,
  key: string,
  db: Executor = getDb(),
): Promise<TemplateResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx): Promise<TemplateResult> => {
    const draft = await getDraftVersion(tx);
    if (draft === null) return "no_draft";
    const [removed] = await deleteDraftStep(draft, key, tx);
    if (!removed) return "not_found";
    await recordAudit(audit(actor, "toolkit.step_retired", String(draft), { key }), tx);
    return "ok";
  });
}

export async function publishDraftVersion(
  actor: Actor,
  notes: string,
  db: Executor = getDb(),
): Promise<TemplateResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx): Promise<TemplateResult> => {
    const draft = await getDraftVersion(tx);
    if (draft === null) return "no_draft";
    if ((await listTemplateSteps(draft, tx)).length === 0) return "empty";
    await publishDraft(draft, actor.id, notes, tx);
    await recordAudit(audit(actor, "toolkit.published", String(draft), { notes }), tx);
    return "ok";
  });
}

/**
 * A lead moves the initiative's checklist to a newer published version: progress on the
 * steps whose keys remain carries over; earlier history keeps the version it was made against.
 */
export async function moveChecklist(
  actor: Actor,
  initiativeId: string,
  version: number,
  db: Executor = getDb(),
): Promise<TemplateResult> {
  return db.transaction(async (tx): Promise<TemplateResult> => {
    const initiative = await getInitiativeById(initiativeId, tx);
    if (!initiative) return "not_found";
    if ((await getRole(initiativeId, actor.id, tx)) !== "lead") return "forbidden";
    const latest = await latestPublishedVersion(tx);
    if (version !== latest || version <= initiative.toolkitVersion) return "not_newer";
    const keys = (await listTemplateSteps(version, tx)).map((s) => s.key);
    await rebaseChecklist(initiativeId, version, keys, tx);
    await updateInitiativeRow(initiativeId, { toolkitVersion: version }, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "checklist.moved",
        entityType: "initiative",
        entityId: initiativeId,
        before: { version: initiative.toolkitVersion },
        after: { version },
      },
      tx,
    );
    return "ok";
  });
}
