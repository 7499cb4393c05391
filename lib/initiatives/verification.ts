import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getInitiativeById, setVerification } from "@/db/queries/initiatives";
import type { Actor } from "@/lib/auth/session";

export type StewardResult = "ok" | "forbidden" | "not_found";

type Before = NonNullable<Awaited<ReturnType<typeof getInitiativeById>>>;

/** Runs a steward's change to one initiative in a transaction, with its audit entry. */
async function asSteward(
  actor: Actor,
  initiativeId: string,
  db: Executor,
  change: (
    tx: Tx,
    before: Before,
  ) => Promise<{ action: string; before?: unknown; after?: unknown }>,
): Promise<StewardResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx) => {
    const before = await getInitiativeById(initiativeId, tx);
    if (!before) return "not_found";
    const done = await change(tx, before);
    await recordAudit(
      { actorId: actor.id, entityType: "initiative", entityId: initiativeId, ...done },
      tx,
    );
    return "ok";
  });
}

/** Marks an initiative verified (and, optionally, recognized by the IGF Secretariat). */
export function verifyInitiative(
  actor: Actor,
  initiativeId: string,
  recognizedOn: string | null,
  db: Executor = getDb(),
) {
  return asSteward(actor, initiativeId, db, async (tx, before) => {
    await setVerification(
      initiativeId,
      {
        verifiedAt: new Date(),
        verifiedBy: actor.id,
        recognizedOn: recognizedOn ?? before.recognizedOn,
      },
      tx,
    );
    return { action: "initiative.verified", after: { recognizedOn } };
  });
}

/** Withdraws the verification, with the reason kept in the history. */
export function unverifyInitiative(
  actor: Actor,
  initiativeId: string,
  reason: string,
  db: Executor = getDb(),
) {
  return asSteward(actor, initiativeId, db, async (tx) => {
    await setVerification(initiativeId, { verifiedAt: null, verifiedBy: null }, tx);
    return { action: "initiative.unverified", after: { reason } };
  });
}

/** Records (or clears) when the IGF Secretariat recognized the initiative. */
export function recordRecognition(
  actor: Actor,
  initiativeId: string,
  recognizedOn: string | null,
  db: Executor = getDb(),
) {
  return asSteward(actor, initiativeId, db, async (tx, before) => {
    await setVerification(initiativeId, { recognizedOn }, tx);
    return {
      action: "initiative.recognition_recorded",
      before: { recognizedOn: before.recognizedOn },
      after: { recognizedOn },
    };
  });
}
