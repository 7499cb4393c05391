import { and, asc, eq } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { joinRequests, users } from "../schema";

export async function getPendingRequest(
  initiativeId: string,
  userId: string,
  db: Executor = getDb(),
) {
  const [row] = await db
    .select({ id: joinRequests.id })
    .from(joinRequests)
    .where(
      and(
        eq(joinRequests.initiativeId, initiativeId),
        eq(joinRequests.userId, userId),
        eq(joinRequests.status, "pending"),
      ),
    );
  return row;
}

export async function createJoinRequest(
  initiativeId: string,
  userId: string,
  message: string,
  db: Executor = getDb(),
) {
  const [row] = await db
    .insert(joinRequests)
    .values({ initiativeId, userId, message })
    .onConflictDoNothing()
    .returning({ id: joinRequests.id });
  return row;
}

/** Locks a pending request so two leads answering at once cannot both act on it. */
export async function lockPendingRequest(requestId: string, db: Executor) {
  const [row] = await db
    .select({
      id: joinRequests.id,
      initiativeId: joinRequests.initiativeId,
      userId: joinRequests.userId,
    })
    .from(joinRequests)
    .where(and(eq(joinRequests.id, requestId), eq(joinRequests.status, "pending")))
    .for("update");
  return row;
}

export async function closeRequest(
  requestId: string,
  status: "approved" | "declined" | "withdrawn",
  decidedBy: string | null,
  db: Executor,
) {
  await db
    .update(joinRequests)
    .set({ status, decidedBy, decidedAt: new Date() })
    .where(eq(joinRequests.id, requestId));
}

/** Pending requests for a lead to answer; e-mails are shown to leads only. */
export function listPendingRequests(initiativeId: string, db: Executor = getDb()) {
  return db
    .select({
      id: joinRequests.id,
      message: joinRequests.message,
      createdAt: joinRequests.createdAt,
      name: users.name,
      email: users.email,
    })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(and(eq(joinRequests.initiativeId, initiativeId), eq(joinRequests.status, "pending")))
    .orderBy(asc(joinRequests.createdAt));
}
