import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { emailTokens, outboxMessages, users } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { verifyPassword } from "@/lib/auth/password";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, redirectOf, rowCount, uniqueEmail } from "@/lib/testing/helpers";
import { confirmEmailAction } from "../confirm-email/actions";
import { signUpAction } from "./actions";

const PASSWORD = "mi comité organizador";

async function mailsTo(email: string) {
  return getDb().select().from(outboxMessages).where(eq(outboxMessages.to, email));
}

function linkToken(text: string): string {
  const match = text.match(/token=([\w-]+)/);
  if (!match?.[1]) throw new Error(`no token in ${text}`);
  return match[1];
}

describe("sign-up with e-mail confirmation", () => {
  it("creates the account only when the e-mailed link is confirmed, then the link is spent", async () => {
    actAs(null);
    setRequestLocale("pt");
    const email = uniqueEmail("nueva");
    const to = await redirectOf(() =>
      signUpAction(
        idle,
        form({ name: "Nueva Persona", email, password: PASSWORD, confirm: PASSWORD }),
      ),
    );
    expect(to).toBe("/check-email?kind=signup");
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(0);

    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe("Confirme sua conta do Padrinazgo");
    const token = linkToken(mail?.text ?? "");
    expect(await redirectOf(() => confirmEmailAction(idle, form({ token })))).toBe(
      "/sign-in?confirmed=1",
    );

    const [user] = await getDb().select().from(users).where(eq(users.email, email));
    expect(user?.name).toBe("Nueva Persona");
    expect(user?.locale).toBe("pt");
    expect(user?.emailVerified).toBeInstanceOf(Date);
    expect(await verifyPassword(user?.passwordHash, PASSWORD)).toBe(true);

    const again = await confirmEmailAction(idle, form({ token }));
    expect(again.status).toBe("error");
    expect(again.message).toMatch(/expirou|já foi usado/);
  });

  it("answers an existing address exactly like a new one and mails a notice instead", async () => {
    actAs(null);
    setRequestLocale("es");
    const existing = await createPerson();
    const tokensBefore = await rowCount(emailTokens);
    const to = await redirectOf(() =>
      signUpAction(
        idle,
        form({ name: "Impostor", email: existing.email, password: PASSWORD, confirm: PASSWORD }),
      ),
    );
    expect(to).toBe("/check-email?kind=signup");
    expect(await rowCount(emailTokens)).toBe(tokensBefore);
    const [mail] = await mailsTo(existing.email);
    expect(mail?.subject).toBe("Ya tienes una cuenta en Padrinazgo");
  });

  it.each([
    [{ password: "short", confirm: "short" }, "password", "al menos 10"],
    [{ password: "qwertyuiop", confirm: "qwertyuiop" }, "password", "más usadas"],
    [{ confirm: "otra cosa distinta" }, "confirm", "no coinciden"],
    [{ email: "no-es-correo" }, "email", "correo electrónico válido"],
    [{ name: "x".repeat(500) }, "name", "demasiado largo"],
  ])("refuses %o with a localized message and writes nothing", async (change, field, text) => {
    actAs(null);
    setRequestLocale("es");
    const before = [
      await rowCount(users),
      await rowCount(emailTokens),
      await rowCount(outboxMessages),
    ];
    const state = await signUpAction(
      idle,
      form({ name: "Ana", email: uniqueEmail(), password: PASSWORD, confirm: PASSWORD, ...change }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.[field]?.join(" ")).toContain(text);
    expect(state.values?.password).toBeUndefined();
    expect([
      await rowCount(users),
      await rowCount(emailTokens),
      await rowCount(outboxMessages),
    ]).toEqual(before);
  });

  it("refuses a made-up confirmation token", async () => {
    const before = await rowCount(users);
    const state = await confirmEmailAction(idle, form({ token: "x".repeat(43) }));
    expect(state.status).toBe("error");
    expect(await rowCount(users)).toBe(before);
    expect((await confirmEmailAction(idle, form({ token: "" }))).status).toBe("error");
  });

  it("limits how many e-mails one visitor can trigger", async () => {
    actAs(null);
    setRequestLocale("en");
    const email = uniqueEmail();
    const submit = () =>
      signUpAction(idle, form({ name: "Ana", email, password: PASSWORD, confirm: PASSWORD }));
    for (let i = 0; i < 5; i++) await redirectOf(submit);
    const state = await submit();
    expect(state.message).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    expect(await mailsTo(email)).toHaveLength(5);
  });
});
