import { and, desc, eq } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { auditEvents, users } from "../schema";

/** An initiative's audit trail, newest first, with who did each thing. */
export function listInitiativeHistory(initiativeId: string, limit = 200, db: Executor = getDb()) {
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "initiative"), eq(auditEvents.entityId, initiativeId)))
    .orderBy(desc(auditEvents.createdAt))
    .limit(limit);
}
