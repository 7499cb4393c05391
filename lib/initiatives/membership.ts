import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getInitiativeById } from "@/db/queries/initiatives";
import { consumeInvitation, createInvitation } from "@/db/queries/invitations";
import {
  closeRequest,
  createJoinRequest,
  getPendingRequest,
  lockPendingRequest,
} from "@/db/queries/join-requests";
import {
  addMember,
  countLeadsForUpdate,
  getRole,
  removeMember,
  setMemberRole,
} from "@/db/queries/memberships";
import type { MemberRole } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/session";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/http/request-info";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { invitationMail } from "@/lib/mail/templates";

export type MembershipResult =
  | "ok"
  | "forbidden"
  | "not_found"
  | "already_member"
  | "pending"
  | "last_lead"
  | "expired"
  | "wrong_account";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function audit(actorId: string, initiativeId: string, action: string, after?: unknown) {
  return { actorId, action, entityType: "initiative", entityId: initiativeId, after };
}

/** Someone must stay in charge: true when this lead is the initiative's only one (rows locked). */
async function isLastLead(initiativeId: string, role: MemberRole, tx: Tx): Promise<boolean> {
  return role === "lead" && (await countLeadsForUpdate(initiativeId, tx)) <= 1;
}

/** A signed-in person asks to join; the initiative's leads answer. */
export async function requestToJoin(
  actor: Actor,
  initiativeId: string,
  message: string,
  db: Executor = getDb(),
): Promise<MembershipResult> {
  return db.transaction(async (tx) => {
    if (!(await getInitiativeById(initiativeId, tx))) return "not_found";
    if (await getRole(initiativeId, actor.id, tx)) return "already_member";
    if (await getPendingRequest(initiativeId, actor.id, tx)) return "pending";
    const created = await createJoinRequest(initiativeId, actor.id, message, tx);
    if (!created) return "pending";
    await recordAudit(audit(actor.id, initiativeId, "join.requested"), tx);
    return "ok";
  });
}

/** A lead of the request's initiative approves (the person becomes a member) or declines. */
export async function decideJoinRequest(
  actor: Actor,
  requestId: string,
  approve: boolean,
  db: Executor = getDb(),
): Promise<MembershipResult> {
  return db.transaction(async (tx) => {
    const request = await lockPendingRequest(requestId, tx);
    if (!request) return "not_found";
    if ((await getRole(request.initiativeId, actor.id, tx)) !== "lead") return "forbidden";
    await closeRequest(requestId, approve ? "approved" : "declined", actor.id, tx);
    if (approve) await addMember(request.initiativeId, request.userId, "member", tx);
    await recordAudit(
      audit(actor.id, request.initiativeId, approve ? "join.approved" : "join.declined", {
        userId: request.userId,
      }),
      tx,
    );
    return "ok";
  });
}

/** Steps out of an initiative; the last lead cannot (someone must stay in charge). */
export async function leaveInitiative(
  actor: Actor,
  initiativeId: string,
  db: Executor = getDb(),
): Promise<MembershipResult> {
  return db.transaction(async (tx) => {
    const role = await getRole(initiativeId, actor.id, tx);
    if (!role) return "not_found";
    if (await isLastLead(initiativeId, role, tx)) return "last_lead";
    await removeMember(initiativeId, actor.id, tx);
    await recordAudit(audit(actor.id, initiativeId, "member.left"), tx);
    return "ok";
  });
}

/** A lead promotes or demotes someone; the last lead cannot be demoted. */
export async function changeMemberRole(
  actor: Actor,
  initiativeId: string,
  userId: string,
  role: MemberRole,
  db: Executor = getDb(),
): Promise<MembershipResult> {
  return db.transaction(async (tx) => {
    if ((await getRole(initiativeId, actor.id, tx)) !== "lead") return "forbidden";
    const current = await getRole(initiativeId, userId, tx);
    if (!current) return "not_found";
    if (role === "member" && (await isLastLead(initiativeId, current, tx))) return "last_lead";
    await setMemberRole(initiativeId, userId, role, tx);
    await recordAudit(audit(actor.id, initiativeId, "member.role_changed", { userId, role }), tx);
    return "ok";
  });
}

/** A lead removes someone; the last lead can never be removed. */
export async function removeFromInitiative(
  actor: Actor,
  initiativeId: string,
  userId: string,
  db: Executor = getDb(),
): Promise<MembershipResult> {
  return db.transaction(async (tx) => {
    if ((await getRole(initiativeId, actor.id, tx)) !== "lead") return "forbidden";
    const current = await getRole(initiativeId, userId, tx);
    if (!current) return "not_found";
    if (await isLastLead(initiativeId, current, tx)) return "last_lead";
    await removeMember(initiativeId, userId, tx);
    await recordAudit(audit(actor.id, initiativeId, "member.removed", { userId }), tx);
    return "ok";
  });
}

/** A lead invites someone by e-mail; the link works for people without an account yet. */
export async function inviteByEmail(
  actor: Actor,
  input: { initiativeId: string; email: string; role: MemberRole },
  locale: Locale,
  db: Executor = getDb(),
): Promise<MembershipResult> {
  return db.transaction(async (tx) => {
    const initiative = await getInitiativeById(input.initiativeId, tx);
    if (!initiative) return "not_found";
    if ((await getRole(input.initiativeId, actor.id, tx)) !== "lead") return "forbidden";
    const { token, hash } = newToken();
    await createInvitation(
      {
        tokenHash: hash,
        ...input,
        invitedBy: actor.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      },
      tx,
    );
    const url = appUrl(`/invitations/accept?token=${token}`);
    await sendMail(
      {
        to: input.email,
        ...invitationMail(locale, {
          initiative: initiative.name,
          inviter: actor.name ?? actor.email,
          url,
        }),
      },
      tx,
    );
    await recordAudit(
      audit(actor.id, input.initiativeId, "invitation.sent", {
        email: input.email,
        role: input.role,
      }),
      tx,
    );
    return "ok";
  });
}

/**
 * Accepts an invitation with the account it was sent to. Single use, expires; the
 * account's e-mail must match so a forwarded link cannot hand out a lead role.
 */
export async function acceptInvitation(
  actor: Actor,
  token: string,
  db: Executor = getDb(),
): Promise<MembershipResult | { ok: string }> {
  return db
    .transaction(async (tx) => {
      const invitation = await consumeInvitation(hashToken(token), actor.id, tx);
      if (!invitation) return "expired";
      if (invitation.email !== actor.email.toLowerCase()) {
        // Undo the consumption: the rightful person can still use it.
        throw new WrongAccountError();
      }
      const current = await getRole(invitation.initiativeId, actor.id, tx);
      if (!current) await addMember(invitation.initiativeId, actor.id, invitation.role, tx);
      else if (current === "member" && invitation.role === "lead")
        await setMemberRole(invitation.initiativeId, actor.id, "lead", tx);
      await recordAudit(
        audit(actor.id, invitation.initiativeId, "invitation.accepted", { role: invitation.role }),
        tx,
      );
      const initiative = await getInitiativeById(invitation.initiativeId, tx);
      return { ok: initiative?.slug ?? "" };
    })
    .catch((error) => {
      if (error instanceof WrongAccountError) return "wrong_account" as const;
      throw error;
    });
}

class WrongAccountError extends Error {}
