import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { emailTokens, outboxMessages, users } from "@/db/schema";
import { createPerson, TEST_PASSWORD } from "@/db/testing/factories";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, redirectOf, rowCount, uniqueEmail } from "@/lib/testing/helpers";
import { forgotPasswordAction } from "../forgot-password/actions";
import { resetPasswordAction } from "./actions";

const NEW_PASSWORD = "una contraseña nueva y larga";

async function resetTokenFor(email: string): Promise<string> {
  const rows = await getDb().select().from(outboxMessages).where(eq(outboxMessages.to, email));
  const token = rows.at(-1)?.text.match(/token=([\w-]+)/)?.[1];
  if (!token) throw new Error("no reset mail");
  return token;
}

describe("forgotten password", () => {
  it("mails a single-use link that sets a new password and ends old sessions", async () => {
    actAs(null);
    setRequestLocale("en");
    const person = await createPerson();
    expect(
      await redirectOf(() =>
        forgotPasswordAction(idle, form({ email: person.email.toUpperCase() })),
      ),
    ).toBe("/check-email?kind=reset");
    const token = await resetTokenFor(person.email);
    const [before] = await getDb().select().from(users).where(eq(users.id, person.id));

    expect(
      await redirectOf(() =>
        resetPasswordAction(idle, form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })),
      ),
    ).toBe("/sign-in?reset=1");

    const [after] = await getDb().select().from(users).where(eq(users.id, person.id));
    expect(after?.sessionVersion).toBe((before?.sessionVersion ?? 0) + 1);
    expect(
      await authorizeCredentials({ email: person.email, password: NEW_PASSWORD }, "192.0.2.1"),
    ).not.toBeNull();
    expect(
      await authorizeCredentials({ email: person.email, password: TEST_PASSWORD }, "192.0.2.1"),
    ).toBeNull();

    const reused = await resetPasswordAction(
      idle,
      form({ token, password: "yet another long one", confirm: "yet another long one" }),
    );
    expect(reused).toMatchObject({
      status: "error",
      message: "This link has expired or was already used.",
    });
  });

  it("answers an unknown address the same way and sends nothing", async () => {
    actAs(null);
    const mailsBefore = await rowCount(outboxMessages);
    expect(await redirectOf(() => forgotPasswordAction(idle, form({ email: uniqueEmail() })))).toBe(
      "/check-email?kind=reset",
    );
    expect(await rowCount(outboxMessages)).toBe(mailsBefore);
  });

  it("refuses an expired link and writes nothing", async () => {
    actAs(null);
    setRequestLocale("es");
    const person = await createPerson();
    await redirectOf(() => forgotPasswordAction(idle, form({ email: person.email })));
    const token = await resetTokenFor(person.email);
    await getDb().update(emailTokens).set({ expiresAt: sql`now() - interval '1 minute'` });
    const [before] = await getDb().select().from(users).where(eq(users.id, person.id));
    const state = await resetPasswordAction(
      idle,
      form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
    );
    expect(state.message).toBe("Este enlace venció o ya se usó.");
    const [after] = await getDb().select().from(users).where(eq(users.id, person.id));
    expect(after?.passwordHash).toBe(before?.passwordHash);
  });

  it("checks the new password before spending the link", async () => {
    actAs(null);
    setRequestLocale("es");
    const person = await createPerson();
    await redirectOf(() => forgotPasswordAction(idle, form({ email: person.email })));
    const token = await resetTokenFor(person.email);
    const weak = await resetPasswordAction(
      idle,
      form({ token, password: "password1", confirm: "password1" }),
    );
    expect(weak.fieldErrors?.password?.[0]).toContain("al menos 10");
    // The link still works after the refused attempt.
    expect(
      await redirectOf(() =>
        resetPasswordAction(idle, form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })),
      ),
    ).toBe("/sign-in?reset=1");
  });

  it("refuses malformed e-mails with a localized message", async () => {
    setRequestLocale("pt");
    const state = await forgotPasswordAction(idle, form({ email: "@@" }));
    expect(state.fieldErrors?.email).toEqual(["Digite um e-mail válido, como nome@exemplo.org."]);
  });
});
