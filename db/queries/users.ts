import { and, asc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { type Executor, getDb } from "../index";
import { users } from "../schema";
import type { Locale } from "../schema/enums";
import { containing } from "./like";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What sign-in needs to check a password; never leaves the server. */
export async function getCredentialsByEmail(email: string, db: Executor = getDb()) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row;
}

/** The fields checked on every request to keep a JWT session alive. */
export async function getSessionState(userId: string, db: Executor = getDb()) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      isSteward: users.isSteward,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
      emailNotifications: users.emailNotifications,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function findUserIdByEmail(email: string, db: Executor = getDb()) {
  const [row] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row;
}

export async function createPasswordUser(
  input: { name: string; email: string; passwordHash: string; locale: Locale },
  db: Executor = getDb(),
) {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: normalizeEmail(input.email), emailVerified: new Date() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row;
}

export async function updateProfile(
  userId: string,
  input: { name: string; locale: Locale },
  db: Executor = getDb(),
) {
  await db.update(users).set(input).where(eq(users.id, userId));
}

export async function setLocale(userId: string, locale: Locale, db: Executor = getDb()) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function getPasswordHash(userId: string, db: Executor = getDb()) {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  return row?.passwordHash ?? null;
}

/** Sets a new password and ends every session issued before it. */
export async function setPassword(userId: string, passwordHash: string, db: Executor = getDb()) {
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** Ends every session of the user at their next request. */
export async function bumpSessionVersion(userId: string, db: Executor = getDb()) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

export async function setSteward(email: string, isSteward: boolean, db: Executor = getDb()) {
  return db
    .update(users)
    .set({ isSteward })
    .where(eq(users.email, normalizeEmail(email)))
    .returning({ id: users.id });
}

/** Disabling also bumps the session version, so the person is signed out everywhere. */
export async function setDisabled(userId: string, disabled: boolean, db: Executor = getDb()) {
  return db
    .update(users)
    .set(
      disabled
        ? { disabledAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` }
        : { disabledAt: null },
    )
    .where(eq(users.id, userId))
    .returning({ id: users.id });
}

export const PEOPLE_PAGE_SIZE = 50;

/** People for the stewards' list; e-mails are shown to stewards only. */
export function listPeople(
  options: { query?: string; page?: number; activeOnly?: boolean },
  db: Executor = getDb(),
) {
  const q = options.query?.trim();
  const pattern = q ? containing(q) : undefined;
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      isSteward: users.isSteward,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(
      and(
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
        options.activeOnly ? isNull(users.disabledAt) : undefined,
      ),
    )
    .orderBy(asc(users.email))
    .limit(PEOPLE_PAGE_SIZE + 1)
    .offset(Math.max(0, (options.page ?? 1) - 1) * PEOPLE_PAGE_SIZE);
}

export async function setEmailNotifications(userId: string, on: boolean, db: Executor = getDb()) {
  await db.update(users).set({ emailNotifications: on }).where(eq(users.id, userId));
}
