import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "../index";
import { users } from "../schema";

export const TEST_PASSWORD = "correct horse battery staple";

let cachedHash: Promise<string> | undefined;

/** Inserts a confirmed person with TEST_PASSWORD and returns them as an actor. */
export async function createPerson(
  overrides: { email?: string; name?: string; isSteward?: boolean; disabled?: boolean } = {},
): Promise<Actor> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `p.${crypto.randomUUID()}@example.org`;
  const [row] = await getDb()
    .insert(users)
    .values({
      email,
      name: overrides.name ?? "Test Person",
      passwordHash: await cachedHash,
      emailVerified: new Date(),
      isSteward: overrides.isSteward ?? false,
      disabledAt: overrides.disabled ? new Date() : null,
    })
    .returning({ id: users.id, name: users.name, email: users.email, isSteward: users.isSteward });
  if (!row) throw new Error("insert failed");
  return row;
}
