import { desc } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { outboxMessages } from "../schema";
import { inBatches } from "./batches";

/** Keeps messages in the local outbox (no SMTP server configured). */
export function addOutboxMessages(
  messages: { to: string; subject: string; text: string; html?: string }[],
  db: Executor = getDb(),
) {
  return inBatches(messages, (batch) => db.insert(outboxMessages).values(batch));
}

export function listOutboxMessages(limit = 50, db: Executor = getDb()) {
  return db
    .select({
      id: outboxMessages.id,
      to: outboxMessages.to,
      subject: outboxMessages.subject,
      text: outboxMessages.text,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .orderBy(desc(outboxMessages.createdAt))
    .limit(limit);
}
