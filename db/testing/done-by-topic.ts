import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../index";
import { checklistItems, doneByTopic, initiatives, toolkitSteps } from "../schema";

/** Every initiative's counts, recounted from the checklists here: what the table must hold. */
export async function recountDoneByTopic(db: Executor) {
  const rows = await db
    .select({
      initiativeId: checklistItems.initiativeId,
      topic: toolkitSteps.topic,
      done: sql<number>`count(*)::int`,
    })
    .from(checklistItems)
    .innerJoin(initiatives, eq(initiatives.id, checklistItems.initiativeId))
    .innerJoin(
      toolkitSteps,
      and(
        eq(toolkitSteps.templateVersion, initiatives.toolkitVersion),
        eq(toolkitSteps.key, checklistItems.stepKey),
      ),
    )
    .where(eq(checklistItems.status, "done"))
    .groupBy(checklistItems.initiativeId, toolkitSteps.topic)
    .orderBy(checklistItems.initiativeId, toolkitSteps.topic);
  return rows.map((r) => `${r.initiativeId}/${r.topic}=${r.done}`);
}

/** The counts the database keeps, in the same form. */
export async function keptDoneByTopic(db: Executor) {
  const rows = await db
    .select()
    .from(doneByTopic)
    .orderBy(doneByTopic.initiativeId, doneByTopic.topic);
  return rows.map((r) => `${r.initiativeId}/${r.topic}=${r.done}`);
}
