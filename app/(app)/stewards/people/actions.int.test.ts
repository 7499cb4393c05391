import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle } from "@/lib/testing/helpers";
import { disablePersonAction, enablePersonAction } from "./actions";

async function stateOf(id: string) {
  const [row] = await getDb()
    .select({ disabledAt: users.disabledAt, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

describe("stewards disable and re-enable accounts", () => {
  it("lets a steward disable (ending sessions) and re-enable an account", async () => {
    const steward = await createPerson({ isSteward: true });
    const person = await createPerson();
    actAs(steward);
    setRequestLocale("en");
    expect(await disablePersonAction(idle, form({ userId: person.id }))).toMatchObject({
      status: "success",
    });
    expect(await stateOf(person.id)).toMatchObject({ sv: 1 });
    expect((await stateOf(person.id))?.disabledAt).toBeInstanceOf(Date);
    expect(await enablePersonAction(idle, form({ userId: person.id }))).toMatchObject({
      status: "success",
    });
    expect((await stateOf(person.id))?.disabledAt).toBeNull();
  });

  it("refuses members, visitors, a steward's own account and malformed ids", async () => {
    const member = await createPerson();
    const steward = await createPerson({ isSteward: true });
    const target = await createPerson();
    setRequestLocale("es");

    actAs(member);
    expect((await disablePersonAction(idle, form({ userId: target.id }))).message).toBe(
      "Solo la coordinación de la red puede hacer esto.",
    );
    actAs(null);
    expect((await disablePersonAction(idle, form({ userId: target.id }))).status).toBe("error");
    actAs(steward);
    expect((await disablePersonAction(idle, form({ userId: steward.id }))).message).toBe(
      "No puedes desactivar tu propia cuenta.",
    );
    expect(
      (await disablePersonAction(idle, form({ userId: "'; drop table users; --" }))).status,
    ).toBe("error");
    expect((await disablePersonAction(idle, form({ userId: crypto.randomUUID() }))).message).toBe(
      "Esa cuenta ya no existe.",
    );

    expect((await stateOf(target.id))?.disabledAt).toBeNull();
    expect((await stateOf(steward.id))?.disabledAt).toBeNull();
  });
});
