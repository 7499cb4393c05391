import type { Executor } from "@/db";
import { getDb } from "@/db";
import { lastAuditAt, recordAudit } from "@/db/queries/audit";
import { getInitiativeById } from "@/db/queries/initiatives";
import { lockMentorship } from "@/db/queries/mentorships";
import type { Actor } from "@/lib/auth/session";
import { notifyLeads } from "@/lib/notifications/notify";

export type ReminderResult = "ok" | "forbidden" | "not_found" | "not_active" | "recently_reminded";

/** Check-in reminders are rare nudges, not nagging: at most one per mentorship a day. */
const REMINDER_GAP_MS = 24 * 60 * 60 * 1000;

export const CHECK_IN_DAYS = { min: 7, max: 180, default: 30 } as const;

/** A steward nudges both sides of a quiet mentorship to log a note or a meeting. */
export async function remindCheckIn(
  actor: Actor,
  mentorshipId: string,
  db: Executor = getDb(),
): Promise<ReminderResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx) => {
    const m = await lockMentorship(mentorshipId, tx);
    if (!m) return "not_found";
    if (m.state !== "active") return "not_active";
    const last = await lastAuditAt("mentorship", m.id, "mentorship.reminded", tx);
    if (last && Date.now() - last.getTime() < REMINDER_GAP_MS) return "recently_reminded";
    const [mentor, mentee] = await Promise.all([
      getInitiativeById(m.mentorInitiativeId, tx),
      getInitiativeById(m.menteeInitiativeId, tx),
    ]);
    const params = { mentor: mentor?.name ?? "", mentee: mentee?.name ?? "" };
    const link = `/mentorships/${m.id}`;
    await notifyLeads(
      [m.mentorInitiativeId, m.menteeInitiativeId].map((initiativeId) => ({
        initiativeId,
        kind: "checkInReminder" as const,
        params,
        link,
      })),
      tx,
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "mentorship.reminded",
        entityType: "mentorship",
        entityId: m.id,
      },
      tx,
    );
    return "ok";
  });
}
