import { count } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "./index";
import { users } from "./schema";

export const DEMO_PASSWORD = "demo-padrinazgo-2026";

export const DEMO_PEOPLE = [
  {
    email: "steward@demo.padrinazgo.org",
    name: "Ana Steward (demo)",
    isSteward: true,
    locale: "es",
  },
  {
    email: "lead.colombia@demo.padrinazgo.org",
    name: "Camilo Rojas (demo)",
    isSteward: false,
    locale: "es",
  },
  {
    email: "lead.barbados@demo.padrinazgo.org",
    name: "Keisha Clarke (demo)",
    isSteward: false,
    locale: "en",
  },
  {
    email: "lead.brasil@demo.padrinazgo.org",
    name: "Luana Souza (demo)",
    isSteward: false,
    locale: "pt",
  },
] as const;

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Loads the demo network: for now its people; each capability adds its part. */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values(DEMO_PEOPLE.map((p) => ({ ...p, passwordHash, emailVerified: new Date() })))
      .onConflictDoNothing();
  });
}

export function describeDemoAccounts(): string {
  const lines = DEMO_PEOPLE.map(
    (p) => `  ${p.email.padEnd(36)} ${p.isSteward ? "steward" : "member"}`,
  );
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...lines].join("\n");
}
