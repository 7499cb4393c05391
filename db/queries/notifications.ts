import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { initiativeMembers, notifications, users } from "../schema";
import { inBatches } from "./batches";

export function insertNotifications(
  rows: (typeof notifications.$inferInsert)[],
  db: Executor = getDb(),
) {
  return inBatches(rows, (batch) => db.insert(notifications).values(batch));
}

/** The leads of these initiatives, each with its initiative and what is needed to tell them. */
export function listLeadsForNotice(initiativeIds: string[], db: Executor = getDb()) {
  return db
    .select({
      initiativeId: initiativeMembers.initiativeId,
      id: users.id,
      email: users.email,
      locale: users.locale,
      emailNotifications: users.emailNotifications,
    })
    .from(initiativeMembers)
    .innerJoin(users, eq(users.id, initiativeMembers.userId))
    .where(
      and(
        inArray(initiativeMembers.initiativeId, initiativeIds),
        eq(initiativeMembers.role, "lead"),
        isNull(users.disabledAt),
      ),
    );
}

export async function countUnread(userId: string, db: Executor = getDb()) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export function listNotifications(userId: string, limit = 100, db: Executor = getDb()) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export function markAllRead(userId: string, db: Executor = getDb()) {
  return db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
