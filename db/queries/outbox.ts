import { desc } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { outboxMessages } from "../schema";

export async function addOutboxMessage(
  message: { to: string; subject: string; text: string; html?: string },
  db: Executor = getDb(),
) {
  await db.insert(outboxMessages).values(message);
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
