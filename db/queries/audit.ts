import { type Executor, getDb } from "../index";
import { auditEvents } from "../schema";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Records who did what; call it inside the transaction that did it. */
export async function recordAudit(event: AuditInput, db: Executor = getDb()): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
