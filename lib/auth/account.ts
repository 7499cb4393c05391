import type { Executor } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import {
  bumpSessionVersion,
  getPasswordHash,
  getSessionState,
  setDisabled,
  setLocale,
  setPassword,
  updateProfile,
} from "@/db/queries/users";
import type { Locale } from "@/lib/i18n/locales";
import { hashPassword, verifyPassword } from "./password";
import type { Actor } from "./session";

export async function saveProfile(
  actor: Actor,
  input: { name: string; locale: Locale },
  db: Executor = getDb(),
) {
  await db.transaction(async (tx) => {
    const before = await getSessionState(actor.id, tx);
    await updateProfile(actor.id, input, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.profile_updated",
        entityType: "user",
        entityId: actor.id,
        before: { name: before?.name, locale: before?.locale },
        after: input,
      },
      tx,
    );
  });
}

export async function saveLocale(actor: Actor, locale: Locale, db: Executor = getDb()) {
  await setLocale(actor.id, locale, db);
}

/** Checks the current password, stores the new one and ends every other session. */
export async function changePassword(
  actor: Actor,
  input: { current: string; password: string },
  db: Executor = getDb(),
): Promise<"ok" | "wrong_current"> {
  const stored = await getPasswordHash(actor.id, db);
  if (!(await verifyPassword(stored, input.current))) return "wrong_current";
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await setPassword(actor.id, passwordHash, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.password_changed",
        entityType: "user",
        entityId: actor.id,
      },
      tx,
    );
  });
  return "ok";
}

export async function signOutEverywhere(actor: Actor, db: Executor = getDb()) {
  await db.transaction(async (tx) => {
    await bumpSessionVersion(actor.id, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.signed_out_everywhere",
        entityType: "user",
        entityId: actor.id,
      },
      tx,
    );
  });
}

/** Stewards only; a steward cannot disable themselves (that would lock the network out). */
export async function setPersonDisabled(
  actor: Actor,
  userId: string,
  disabled: boolean,
  db: Executor = getDb(),
): Promise<"ok" | "forbidden" | "not_found" | "self"> {
  if (!actor.isSteward) return "forbidden";
  if (actor.id === userId) return "self";
  return db.transaction(async (tx) => {
    const updated = await setDisabled(userId, disabled, tx);
    if (updated.length === 0) return "not_found";
    await recordAudit(
      {
        actorId: actor.id,
        action: disabled ? "user.disabled" : "user.enabled",
        entityType: "user",
        entityId: userId,
      },
      tx,
    );
    return "ok";
  });
}
