import { and, asc, count, eq } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { initiativeMembers, initiatives, users } from "../schema";
import type { MemberRole } from "../schema/enums";

/** The person's role in the initiative, or null when they do not belong to it. */
export async function getRole(
  initiativeId: string,
  userId: string,
  db: Executor = getDb(),
): Promise<MemberRole | null> {
  const [row] = await db
    .select({ role: initiativeMembers.role })
    .from(initiativeMembers)
    .where(
      and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.userId, userId)),
    );
  return row?.role ?? null;
}

export async function addMember(
  initiativeId: string,
  userId: string,
  role: MemberRole,
  db: Executor = getDb(),
) {
  await db.insert(initiativeMembers).values({ initiativeId, userId, role }).onConflictDoNothing();
}

export async function setMemberRole(
  initiativeId: string,
  userId: string,
  role: MemberRole,
  db: Executor = getDb(),
) {
  return db
    .update(initiativeMembers)
    .set({ role })
    .where(
      and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.userId, userId)),
    )
    .returning({ userId: initiativeMembers.userId });
}

export async function removeMember(initiativeId: string, userId: string, db: Executor = getDb()) {
  return db
    .delete(initiativeMembers)
    .where(
      and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.userId, userId)),
    )
    .returning({ userId: initiativeMembers.userId });
}

/** Locks the initiative's member rows, so two leads stepping down at once cannot both succeed. */
export async function countLeadsForUpdate(initiativeId: string, db: Executor) {
  const rows = await db
    .select({ userId: initiativeMembers.userId })
    .from(initiativeMembers)
    .where(
      and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.role, "lead")),
    )
    .for("update");
  return rows.length;
}

/** Members with names; e-mails only for the initiative's own leads and stewards (caller decides). */
export function listMembers(initiativeId: string, db: Executor = getDb()) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: initiativeMembers.role,
      since: initiativeMembers.createdAt,
    })
    .from(initiativeMembers)
    .innerJoin(users, eq(users.id, initiativeMembers.userId))
    .where(eq(initiativeMembers.initiativeId, initiativeId))
    .orderBy(asc(initiativeMembers.role), asc(users.name));
}

export async function countMembers(initiativeId: string, db: Executor = getDb()) {
  const [row] = await db
    .select({ n: count() })
    .from(initiativeMembers)
    .where(eq(initiativeMembers.initiativeId, initiativeId));
  return row?.n ?? 0;
}

/** The initiatives a person belongs to, with their role. */
export function listMyInitiatives(userId: string, db: Executor = getDb()) {
  return db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      name: initiatives.name,
      acronym: initiatives.acronym,
      stage: initiatives.stage,
      role: initiativeMembers.role,
      verifiedAt: initiatives.verifiedAt,
    })
    .from(initiativeMembers)
    .innerJoin(initiatives, eq(initiatives.id, initiativeMembers.initiativeId))
    .where(eq(initiativeMembers.userId, userId))
    .orderBy(asc(initiatives.name));
}
