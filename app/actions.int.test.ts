import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { jar, setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form } from "@/lib/testing/helpers";
import { setLocaleAction } from "./actions";

describe("language switch", () => {
  it("remembers the choice in the browser for a visitor", async () => {
    actAs(null);
    setRequestLocale(undefined);
    await setLocaleAction(form({ locale: "pt" }));
    expect(jar.get("NEXT_LOCALE")).toBe("pt");
  });

  it("saves the choice on the account of a signed-in person", async () => {
    const person = await createPerson();
    actAs(person);
    await setLocaleAction(form({ locale: "en" }));
    const [row] = await getDb()
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, person.id));
    expect(row?.locale).toBe("en");
  });

  it("ignores a locale that does not exist", async () => {
    const person = await createPerson();
    actAs(person);
    setRequestLocale("es");
    await setLocaleAction(form({ locale: "xx" }));
    expect(jar.get("NEXT_LOCALE")).toBe("es");
    const [row] = await getDb()
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, person.id));
    expect(row?.locale).toBeNull();
  });
});
