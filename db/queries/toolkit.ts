import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import {
  checklistHistory,
  checklistItems,
  initiatives,
  toolkitSteps,
  toolkitTemplates,
  users,
} from "../schema";
import type { StepStatus } from "../schema/enums";

/** A template version's steps in checklist order. */
export function listTemplateSteps(version: number, db: Executor = getDb()) {
  return db
    .select({
      key: toolkitSteps.key,
      phase: toolkitSteps.phase,
      position: toolkitSteps.position,
      topic: toolkitSteps.topic,
      evidence: toolkitSteps.evidence,
      title: toolkitSteps.title,
      guidance: toolkitSteps.guidance,
    })
    .from(toolkitSteps)
    .where(eq(toolkitSteps.templateVersion, version))
    .orderBy(asc(toolkitSteps.position));
}

/** Whether template `version` has step `key`: one index lookup, not the template's text. */
export async function templateHasStep(
  version: number,
  key: string,
  db: Executor = getDb(),
): Promise<boolean> {
  const [found] = await db
    .select({ key: toolkitSteps.key })
    .from(toolkitSteps)
    .where(and(eq(toolkitSteps.templateVersion, version), eq(toolkitSteps.key, key)))
    .limit(1);
  return Boolean(found);
}

/**
 * The steps of the initiative's own template version, in checklist order, each with the
 * initiative's status on it ("todo" where it has none): what a mentorship's goals show.
 */
export function listStepProgress(initiativeId: string, db: Executor = getDb()) {
  return db
    .select({
      key: toolkitSteps.key,
      phase: toolkitSteps.phase,
      title: toolkitSteps.title,
      status: sql<StepStatus>`coalesce(${checklistItems.status}, 'todo')`,
    })
    .from(toolkitSteps)
    .innerJoin(
      initiatives,
      and(
        eq(initiatives.id, initiativeId),
        eq(initiatives.toolkitVersion, toolkitSteps.templateVersion),
      ),
    )
    .leftJoin(
      checklistItems,
      and(
        eq(checklistItems.initiativeId, initiatives.id),
        eq(checklistItems.stepKey, toolkitSteps.key),
      ),
    )
    .orderBy(asc(toolkitSteps.position));
}

export async function latestPublishedVersion(db: Executor = getDb()): Promise<number> {
  const [row] = await db
    .select({ version: toolkitTemplates.version })
    .from(toolkitTemplates)
    .where(isNotNull(toolkitTemplates.publishedAt))
    .orderBy(desc(toolkitTemplates.version))
    .limit(1);
  return row?.version ?? 1;
}

const itemColumns = {
  stepKey: checklistItems.stepKey,
  templateVersion: checklistItems.templateVersion,
  status: checklistItems.status,
  note: checklistItems.note,
  evidenceUrl: checklistItems.evidenceUrl,
  evidenceDate: checklistItems.evidenceDate,
  revision: checklistItems.revision,
  updatedAt: checklistItems.updatedAt,
  updatedByName: users.name,
};

export type ChecklistItem = Awaited<ReturnType<typeof listChecklistItems>>[number];

export function listChecklistItems(initiativeId: string, db: Executor = getDb()) {
  return db
    .select(itemColumns)
    .from(checklistItems)
    .leftJoin(users, eq(users.id, checklistItems.updatedBy))
    .where(eq(checklistItems.initiativeId, initiativeId));
}

export async function getChecklistItem(
  initiativeId: string,
  stepKey: string,
  db: Executor = getDb(),
) {
  const [row] = await db
    .select(itemColumns)
    .from(checklistItems)
    .leftJoin(users, eq(users.id, checklistItems.updatedBy))
    .where(and(eq(checklistItems.initiativeId, initiativeId), eq(checklistItems.stepKey, stepKey)));
  return row;
}

export type StepChange = {
  initiativeId: string;
  stepKey: string;
  templateVersion: number;
  status: StepStatus;
  note: string;
  evidenceUrl: string | null;
  evidenceDate: string | null;
  changedBy: string;
};

/**
 * Saves a step only if nobody saved it since `expectedRevision` (optimistic concurrency):
 * a first save inserts at revision 1, later saves bump it. Returns the new revision, or
 * null when someone else got there first.
 */
export async function saveChecklistItem(
  change: StepChange,
  expectedRevision: number,
  db: Executor,
): Promise<number | null> {
  const { changedBy, ...values } = change;
  const rows =
    expectedRevision === 0
      ? await db
          .insert(checklistItems)
          .values({ ...values, revision: 1, updatedBy: changedBy })
          .onConflictDoNothing()
          .returning({ revision: checklistItems.revision })
      : await db
          .update(checklistItems)
          .set({
            ...values,
            revision: sql`${checklistItems.revision} + 1`,
            updatedBy: changedBy,
            updatedAt: new Date(),
          })
          .where(
            and(
              eq(checklistItems.initiativeId, change.initiativeId),
              eq(checklistItems.stepKey, change.stepKey),
              eq(checklistItems.revision, expectedRevision),
            ),
          )
          .returning({ revision: checklistItems.revision });
  const revision = rows[0]?.revision;
  if (revision === undefined) return null;
  await db.insert(checklistHistory).values({ ...values, revision, changedBy });
  return revision;
}

/** One step's full history, newest first, with who changed it. */
export function listStepHistory(initiativeId: string, stepKey: string, db: Executor = getDb()) {
  return db
    .select({
      id: checklistHistory.id,
      status: checklistHistory.status,
      note: checklistHistory.note,
      evidenceUrl: checklistHistory.evidenceUrl,
      evidenceDate: checklistHistory.evidenceDate,
      templateVersion: checklistHistory.templateVersion,
      revision: checklistHistory.revision,
      changedAt: checklistHistory.changedAt,
      changedByName: users.name,
    })
    .from(checklistHistory)
    .leftJoin(users, eq(users.id, checklistHistory.changedBy))
    .where(
      and(eq(checklistHistory.initiativeId, initiativeId), eq(checklistHistory.stepKey, stepKey)),
    )
    .orderBy(desc(checklistHistory.changedAt), desc(checklistHistory.revision));
}

/** Moves the current state of the kept steps to a new template version; history stays as it was. */
export async function rebaseChecklist(
  initiativeId: string,
  version: number,
  keptKeys: string[],
  db: Executor,
) {
  if (keptKeys.length === 0) return;
  await db
    .update(checklistItems)
    .set({ templateVersion: version })
    .where(
      and(eq(checklistItems.initiativeId, initiativeId), inArray(checklistItems.stepKey, keptKeys)),
    );
}

/** Steps per help topic in every template version (the denominators of mentors' experience). */
export function countStepsByTopic(db: Executor = getDb()) {
  return db
    .select({
      version: toolkitSteps.templateVersion,
      topic: toolkitSteps.topic,
      steps: sql<number>`count(*)::int`,
    })
    .from(toolkitSteps)
    .groupBy(toolkitSteps.templateVersion, toolkitSteps.topic);
}
