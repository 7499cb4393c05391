import type { z } from "zod";
import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getRole } from "@/db/queries/memberships";
import {
  deleteCommitteeMember,
  deleteMeeting,
  insertCommitteeMember,
  insertMeeting,
} from "@/db/queries/roster";
import type { Actor } from "@/lib/auth/session";
import type { committeeMemberInput, meetingInput } from "@/lib/validation/roster";

export type RosterResult = "ok" | "forbidden" | "not_found";

/** Runs a roster change for a lead of the initiative, in one transaction with its audit entry. */
async function asLead(
  actor: Actor,
  initiativeId: string,
  db: Executor,
  change: (tx: Tx) => Promise<{ action: string; after: unknown } | null>,
): Promise<RosterResult> {
  return db.transaction(async (tx) => {
    if ((await getRole(initiativeId, actor.id, tx)) !== "lead") return "forbidden";
    const done = await change(tx);
    if (!done) return "not_found";
    await recordAudit(
      { actorId: actor.id, entityType: "initiative", entityId: initiativeId, ...done },
      tx,
    );
    return "ok";
  });
}

export function addCommitteeMember(
  actor: Actor,
  input: z.output<typeof committeeMemberInput>,
  db: Executor = getDb(),
) {
  return asLead(actor, input.initiativeId, db, async (tx) => {
    await insertCommitteeMember(
      {
        ...input,
        gender: input.gender ?? null,
        city: input.city ?? null,
        country: input.country ?? null,
        committeeRole: input.committeeRole ?? null,
      },
      tx,
    );
    return {
      action: "committee.added",
      after: { name: input.name, stakeholderGroup: input.stakeholderGroup },
    };
  });
}

export function removeCommitteeMember(
  actor: Actor,
  initiativeId: string,
  entryId: string,
  db: Executor = getDb(),
) {
  return asLead(actor, initiativeId, db, async (tx) => {
    const [removed] = await deleteCommitteeMember(initiativeId, entryId, tx);
    return removed ? { action: "committee.removed", after: removed } : null;
  });
}

export function addMeeting(
  actor: Actor,
  input: z.output<typeof meetingInput>,
  db: Executor = getDb(),
) {
  return asLead(actor, input.initiativeId, db, async (tx) => {
    await insertMeeting(
      { ...input, agendaUrl: input.agendaUrl ?? null, reportUrl: input.reportUrl ?? null },
      tx,
    );
    return { action: "meeting.added", after: { edition: input.edition, startsOn: input.startsOn } };
  });
}

export function removeMeeting(
  actor: Actor,
  initiativeId: string,
  entryId: string,
  db: Executor = getDb(),
) {
  return asLead(actor, initiativeId, db, async (tx) => {
    const [removed] = await deleteMeeting(initiativeId, entryId, tx);
    return removed ? { action: "meeting.removed", after: removed } : null;
  });
}
