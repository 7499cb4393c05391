import type { Executor } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getInitiativeById, setVerification } from "@/db/queries/initiatives";
import type { Actor } from "@/lib/auth/session";

export type StewardResult = "ok" | "forbidden" | "not_found";

/** Stewards only: marks an initiative verified (and, optionally, recognized by the IGF Secretariat). */
export async function verifyInitiative(
  actor: Actor,
  initiativeId: string,
  recognizedOn: string | null,
  db: Executor = getDb(),
): Promise<StewardResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx) => {
    const before = await getInitiativeById(initiativeId, tx);
    if (!before) return "not_found";
    await setVerification(
      initiativeId,
      {
        verifiedAt: new Date(),
        verifiedBy: actor.id,
        recognizedOn: recognizedOn ?? before.recognizedOn,
      },
      tx,
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "initiative.verified",
        entityType: "initiative",
        entityId: initiativeId,
        after: { recognizedOn },
      },
      tx,
    );
    return "ok";
  });
}

/** Stewards only: withdraws the verification, with the reason kept in the history. */
export async function unverifyInitiative(
  actor: Actor,
  initiativeId: string,
  reason: string,
  db: Executor = getDb(),
): Promise<StewardResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx) => {
    const before = await getInitiativeById(initiativeId, tx);
    if (!before) return "not_found";
    await setVerification(initiativeId, { verifiedAt: null, verifiedBy: null }, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "initiative.unverified",
        entityType: "initiative",
        entityId: initiativeId,
        after: { reason },
      },
      tx,
    );
    return "ok";
  });
}

/** Stewards only: records (or clears) when the IGF Secretariat recognized the initiative. */
export async function recordRecognition(
  actor: Actor,
  initiativeId: string,
  recognizedOn: string | null,
  db: Executor = getDb(),
): Promise<StewardResult> {
  if (!actor.isSteward) return "forbidden";
  return db.transaction(async (tx) => {
    const before = await getInitiativeById(initiativeId, tx);
    if (!before) return "not_found";
    await setVerification(initiativeId, { recognizedOn }, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "initiative.recognition_recorded",
        entityType: "initiative",
        entityId: initiativeId,
        before: { recognizedOn: before.recognizedOn },
        after: { recognizedOn },
      },
      tx,
    );
    return "ok";
  });
}
