import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, users } from "@/db/schema";
import { createPerson, TEST_PASSWORD } from "@/db/testing/factories";
import { verifyPassword } from "@/lib/auth/password";
import { jar, setRequestLocale } from "@/lib/testing/fake-request";
import { actAs, authCalls } from "@/lib/testing/fake-session";
import { form, idle, redirectOf } from "@/lib/testing/helpers";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "./actions";

async function userRow(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  if (!row) throw new Error("missing user");
  return row;
}

describe("account: profile", () => {
  it("saves name and language, remembers the language and audits the change", async () => {
    const person = await createPerson({ name: "Antes" });
    actAs(person);
    setRequestLocale("es");
    const state = await updateProfileAction(
      idle,
      form({ name: "Después", locale: "en", role: "lead", isSteward: "true" }),
    );
    expect(state).toMatchObject({ status: "success", message: "Profile saved." });
    const row = await userRow(person.id);
    expect(row).toMatchObject({ name: "Después", locale: "en", isSteward: false });
    expect(jar.get("NEXT_LOCALE")).toBe("en");
    const audit = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, person.id));
    expect(audit.map((a) => a.action)).toContain("user.profile_updated");
  });

  it("refuses a visitor and bad input, writing nothing", async () => {
    const person = await createPerson({ name: "Intacta" });
    actAs(null);
    setRequestLocale("es");
    expect((await updateProfileAction(idle, form({ name: "Hack", locale: "es" }))).message).toBe(
      "Tu sesión terminó. Vuelve a entrar para continuar.",
    );
    actAs(person);
    const bad = await updateProfileAction(idle, form({ name: "", locale: "klingon" }));
    expect(bad.fieldErrors).toMatchObject({
      name: ["Este campo es obligatorio."],
      locale: ["Elige español, inglés o portugués."],
    });
    expect((await userRow(person.id)).name).toBe("Intacta");
  });
});

describe("account: password", () => {
  it("changes the password, ends other sessions and signs this device in again", async () => {
    const person = await createPerson();
    actAs(person);
    const before = await userRow(person.id);
    const to = await redirectOf(() =>
      changePasswordAction(
        idle,
        form({
          current: TEST_PASSWORD,
          password: "nueva frase secreta",
          confirm: "nueva frase secreta",
        }),
      ),
    );
    expect(to).toBe("/account?passwordChanged=1");
    const after = await userRow(person.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "nueva frase secreta")).toBe(true);
    expect(authCalls.at(-1)).toMatchObject({
      kind: "signIn",
      args: ["credentials", { email: person.email }],
    });
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const person = await createPerson();
    actAs(person);
    setRequestLocale("en");
    const before = await userRow(person.id);
    const state = await changePasswordAction(
      idle,
      form({
        current: "not my password",
        password: "nueva frase secreta",
        confirm: "nueva frase secreta",
      }),
    );
    expect(state.fieldErrors?.current).toEqual(["The current password is not correct."]);
    expect(await userRow(person.id)).toEqual(before);
  });

  it("refuses a visitor", async () => {
    actAs(null);
    const state = await changePasswordAction(
      idle,
      form({
        current: TEST_PASSWORD,
        password: "nueva frase secreta",
        confirm: "nueva frase secreta",
      }),
    );
    expect(state.status).toBe("error");
  });
});

describe("account: sign out everywhere", () => {
  it("bumps the session version and signs this browser out", async () => {
    const person = await createPerson();
    actAs(person);
    const before = await userRow(person.id);
    expect(await redirectOf(() => signOutEverywhereAction(idle, form({})))).toBe(
      "/sign-in?signedOut=1",
    );
    expect((await userRow(person.id)).sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("refuses a visitor", async () => {
    actAs(null);
    expect((await signOutEverywhereAction(idle, form({}))).status).toBe("error");
  });
});
