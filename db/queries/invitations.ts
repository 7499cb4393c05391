import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { initiatives, invitations } from "../schema";
import type { MemberRole } from "../schema/enums";

export async function createInvitation(
  values: {
    tokenHash: string;
    initiativeId: string;
    email: string;
    role: MemberRole;
    invitedBy: string;
    expiresAt: Date;
  },
  db: Executor = getDb(),
) {
  await db.insert(invitations).values(values);
}

/** An invitation as its link shows it, whether or not it can still be used. */
export async function findInvitation(tokenHash: string, db: Executor = getDb()) {
  const [row] = await db
    .select({
      initiativeId: invitations.initiativeId,
      initiativeName: initiatives.name,
      slug: initiatives.slug,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
    })
    .from(invitations)
    .innerJoin(initiatives, eq(initiatives.id, invitations.initiativeId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row;
}

/** Marks a live invitation accepted, once; an expired or used one returns nothing. */
export async function consumeInvitation(tokenHash: string, acceptedBy: string, db: Executor) {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedBy })
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .returning({
      initiativeId: invitations.initiativeId,
      email: invitations.email,
      role: invitations.role,
    });
  return row;
}

export function listOpenInvitations(initiativeId: string, db: Executor = getDb()) {
  return db
    .select({ email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.initiativeId, initiativeId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}
