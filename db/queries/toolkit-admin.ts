import { and, asc, count, desc, eq, isNull, max } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { toolkitSteps, toolkitTemplates } from "../schema";

export function listVersions(db: Executor = getDb()) {
  return db
    .select({
      version: toolkitTemplates.version,
      notes: toolkitTemplates.notes,
      publishedAt: toolkitTemplates.publishedAt,
      steps: count(toolkitSteps.id),
    })
    .from(toolkitTemplates)
    .leftJoin(toolkitSteps, eq(toolkitSteps.templateVersion, toolkitTemplates.version))
    .groupBy(toolkitTemplates.version)
    .orderBy(desc(toolkitTemplates.version));
}

export async function getDraftVersion(db: Executor = getDb()): Promise<number | null> {
  const [row] = await db
    .select({ version: toolkitTemplates.version })
    .from(toolkitTemplates)
    .where(isNull(toolkitTemplates.publishedAt));
  return row?.version ?? null;
}

/** A new draft version holding a copy of `from`'s steps. */
export async function createDraft(from: number, db: Executor): Promise<number> {
  const [top] = await db.select({ version: max(toolkitTemplates.version) }).from(toolkitTemplates);
  const version = (top?.version ?? 0) + 1;
  await db.insert(toolkitTemplates).values({ version });
  const steps = await db
    .select()
    .from(toolkitSteps)
    .where(eq(toolkitSteps.templateVersion, from))
    .orderBy(asc(toolkitSteps.position));
  if (steps.length)
    await db
      .insert(toolkitSteps)
      .values(steps.map(({ id: _id, ...step }) => ({ ...step, templateVersion: version })));
  return version;
}

export type DraftStep = Omit<
  typeof toolkitSteps.$inferInsert,
  "id" | "templateVersion" | "position"
>;

/** Adds a step at the end of its phase's list, or rewrites the step with that key. */
export async function upsertDraftStep(version: number, step: DraftStep, db: Executor) {
  const [existing] = await db
    .select({ id: toolkitSteps.id })
    .from(toolkitSteps)
    .where(and(eq(toolkitSteps.templateVersion, version), eq(toolkitSteps.key, step.key)));
  if (existing) {
    await db.update(toolkitSteps).set(step).where(eq(toolkitSteps.id, existing.id));
    return "updated" as const;
  }
  const [top] = await db
    .select({ position: max(toolkitSteps.position) })
    .from(toolkitSteps)
    .where(eq(toolkitSteps.templateVersion, version));
  await db
    .insert(toolkitSteps)
    .values({ ...step, templateVersion: version, position: (top?.position ?? -1) + 1 });
  return "added" as const;
}

export function deleteDraftStep(version: number, key: string, db: Executor) {
  return db
    .delete(toolkitSteps)
    .where(and(eq(toolkitSteps.templateVersion, version), eq(toolkitSteps.key, key)))
    .returning({ key: toolkitSteps.key });
}

export function publishDraft(version: number, publishedBy: string, notes: string, db: Executor) {
  return db
    .update(toolkitTemplates)
    .set({ publishedAt: new Date(), publishedBy, notes })
    .where(and(eq(toolkitTemplates.version, version), isNull(toolkitTemplates.publishedAt)))
    .returning({ version: toolkitTemplates.version });
}
