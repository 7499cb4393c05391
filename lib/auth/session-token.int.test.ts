import { describe, expect, it } from "vitest";
import { bumpSessionVersion, setDisabled, setPassword } from "@/db/queries/users";
import { createPerson } from "@/db/testing/factories";
import { refreshSessionToken } from "./session-token";

describe("JWT sessions checked against the database", () => {
  it("stamps the session version at sign-in and keeps the session while it matches", async () => {
    const person = await createPerson({ name: "Lucía" });
    const token = await refreshSessionToken({}, person.id);
    expect(token).toMatchObject({ sub: person.id, sv: 0, name: "Lucía", steward: false });
    expect(await refreshSessionToken({ ...token }, undefined)).not.toBeNull();
  });

  it.each([
    ["sign out everywhere", (id: string) => bumpSessionVersion(id)],
    ["a password change", (id: string) => setPassword(id, "new-hash")],
    ["a steward disabling the account", (id: string) => setDisabled(id, true)],
  ])("ends every existing session after %s", async (_label, change) => {
    const person = await createPerson();
    const token = await refreshSessionToken({}, person.id);
    if (!token) throw new Error("no token");
    await change(person.id);
    expect(await refreshSessionToken({ ...token }, undefined)).toBeNull();
  });

  it("refuses tokens without a subject or for deleted people", async () => {
    expect(await refreshSessionToken({}, undefined)).toBeNull();
    expect(await refreshSessionToken({ sub: crypto.randomUUID(), sv: 0 }, undefined)).toBeNull();
  });

  it("reflects steward status from the database and from STEWARD_EMAILS", async () => {
    const steward = await createPerson({ isSteward: true });
    expect((await refreshSessionToken({}, steward.id))?.steward).toBe(true);
    const named = await createPerson();
    process.env.STEWARD_EMAILS = `someone@else.org, ${named.email.toUpperCase()}`;
    try {
      expect((await refreshSessionToken({}, named.id))?.steward).toBe(true);
    } finally {
      delete process.env.STEWARD_EMAILS;
    }
  });
});
