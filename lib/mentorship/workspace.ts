import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getInitiativeById } from "@/db/queries/initiatives";
import { getRole } from "@/db/queries/memberships";
import { lockMentorship } from "@/db/queries/mentorships";
import { templateHasStep } from "@/db/queries/toolkit";
import {
  addGoal,
  insertMeetingLog,
  insertNote,
  insertStepComment,
  isActiveMentorOf,
  removeGoal,
  upsertFeedback,
} from "@/db/queries/workspace";
import type { MemberRole } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/session";
import { notifyLeads } from "@/lib/notifications/notify";

export type WorkspaceResult =
  | "ok"
  | "forbidden"
  | "not_found"
  | "not_active"
  | "unknown_step"
  | "not_closed";

type Row = NonNullable<Awaited<ReturnType<typeof lockMentorship>>>;
type Sides = { mentor: MemberRole | null; mentee: MemberRole | null };

/** What the person is to each side of a mentorship. */
export async function sidesOf(
  m: { mentorInitiativeId: string; menteeInitiativeId: string },
  userId: string,
  db: Executor = getDb(),
): Promise<Sides> {
  const [mentor, mentee] = await Promise.all([
    getRole(m.mentorInitiativeId, userId, db),
    getRole(m.menteeInitiativeId, userId, db),
  ]);
  return { mentor, mentee };
}

/** Runs a workspace change for someone of either initiative (leads only when `leadsOnly`). */
async function asParty(
  actor: Actor,
  mentorshipId: string,
  db: Executor,
  options: { leadsOnly?: boolean; states?: Row["state"][] },
  change: (
    tx: Tx,
    m: Row,
    sides: Sides,
  ) => Promise<WorkspaceResult | { action: string; after?: unknown; notify?: "other" }>,
): Promise<WorkspaceResult> {
  return db.transaction(async (tx): Promise<WorkspaceResult> => {
    const m = await lockMentorship(mentorshipId, tx);
    if (!m) return "not_found";
    const sides = await sidesOf(m, actor.id, tx);
    const allowed = options.leadsOnly
      ? sides.mentor === "lead" || sides.mentee === "lead"
      : Boolean(sides.mentor || sides.mentee);
    if (!allowed) return "forbidden";
    if (!(options.states ?? ["active"]).includes(m.state))
      return options.states ? "not_closed" : "not_active";
    const done = await change(tx, m, sides);
    if (typeof done === "string") return done;
    await recordAudit(
      {
        actorId: actor.id,
        entityType: "mentorship",
        entityId: m.id,
        action: done.action,
        after: done.after,
      },
      tx,
    );
    if (done.notify) {
      // Tell the leads of the side the author does not belong to.
      const other = sides.mentor ? m.menteeInitiativeId : m.mentorInitiativeId;
      const [mentor, mentee] = await Promise.all([
        getInitiativeById(m.mentorInitiativeId, tx),
        getInitiativeById(m.menteeInitiativeId, tx),
      ]);
      await notifyLeads(
        [
          {
            initiativeId: other,
            kind: done.action === "mentorship.note_added" ? "noteAdded" : "meetingLogged",
            params: { mentor: mentor?.name ?? "", mentee: mentee?.name ?? "" },
            link: `/mentorships/${m.id}`,
          },
        ],
        tx,
      );
    }
    return "ok";
  });
}

/** Leads of either side choose goals among the mentee's toolkit steps. */
export function setGoal(
  actor: Actor,
  mentorshipId: string,
  stepKey: string,
  remove: boolean,
  db: Executor = getDb(),
) {
  return asParty(actor, mentorshipId, db, { leadsOnly: true }, async (tx, m) => {
    const mentee = await getInitiativeById(m.menteeInitiativeId, tx);
    if (!mentee || !(await templateHasStep(mentee.toolkitVersion, stepKey, tx)))
      return "unknown_step";
    if (remove) await removeGoal(m.id, stepKey, tx);
    else await addGoal(m.id, stepKey, tx);
    return {
      action: remove ? "mentorship.goal_removed" : "mentorship.goal_added",
      after: { stepKey },
    };
  });
}

/** Anyone of either initiative writes in the private thread. */
export function addNote(actor: Actor, mentorshipId: string, body: string, db: Executor = getDb()) {
  return asParty(actor, mentorshipId, db, {}, async (tx, m) => {
    await insertNote({ mentorshipId: m.id, authorId: actor.id, body }, tx);
    return { action: "mentorship.note_added", notify: "other" as const };
  });
}

export function logMeeting(
  actor: Actor,
  input: {
    mentorshipId: string;
    heldOn: string;
    minutes: number;
    summary: string;
    nextSteps?: string;
  },
  db: Executor = getDb(),
) {
  return asParty(actor, input.mentorshipId, db, {}, async (tx, m) => {
    await insertMeetingLog(
      {
        mentorshipId: m.id,
        heldOn: input.heldOn,
        minutes: input.minutes,
        summary: input.summary,
        nextSteps: input.nextSteps ?? "",
        createdBy: actor.id,
      },
      tx,
    );
    return {
      action: "mentorship.meeting_logged",
      after: { heldOn: input.heldOn },
      notify: "other" as const,
    };
  });
}

/** After it closes, each side's lead rates the mentorship (1–5) with a comment. */
export function giveFeedback(
  actor: Actor,
  input: { mentorshipId: string; rating: number; comment?: string },
  db: Executor = getDb(),
) {
  return asParty(
    actor,
    input.mentorshipId,
    db,
    { leadsOnly: true, states: ["completed", "ended"] },
    async (tx, m, sides) => {
      const side = sides.mentee === "lead" ? "mentee" : "mentor";
      await upsertFeedback(
        {
          mentorshipId: m.id,
          side,
          rating: input.rating,
          comment: input.comment ?? "",
          authorId: actor.id,
        },
        tx,
      );
      return { action: "mentorship.feedback", after: { side, rating: input.rating } };
    },
  );
}

/** The initiative's people and its active mentors comment on a checklist step. */
export async function commentOnStep(
  actor: Actor,
  input: { initiativeId: string; stepKey: string; body: string },
  db: Executor = getDb(),
): Promise<WorkspaceResult> {
  return db.transaction(async (tx): Promise<WorkspaceResult> => {
    const initiative = await getInitiativeById(input.initiativeId, tx);
    if (!initiative) return "not_found";
    const member = Boolean(await getRole(input.initiativeId, actor.id, tx));
    if (!member && !(await isActiveMentorOf(input.initiativeId, actor.id, tx))) return "forbidden";
    if (!(await templateHasStep(initiative.toolkitVersion, input.stepKey, tx)))
      return "unknown_step";
    await insertStepComment(
      {
        initiativeId: input.initiativeId,
        stepKey: input.stepKey,
        authorId: actor.id,
        body: input.body,
      },
      tx,
    );
    await recordAudit(
      {
        actorId: actor.id,
        entityType: "initiative",
        entityId: input.initiativeId,
        action: "checklist.commented",
        after: { step: input.stepKey },
      },
      tx,
    );
    return "ok";
  });
}
