import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { resolveSlug } from "@/db/queries/initiatives";
import { getRole } from "@/db/queries/memberships";
import { auditEvents, initiativeMembers, initiatives } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { initiativeForm } from "@/db/testing/initiatives";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, redirectOf, rowCount } from "@/lib/testing/helpers";
import { createInitiativeAction } from "./actions";

async function counts() {
  return [
    await rowCount(initiatives),
    await rowCount(initiativeMembers),
    await rowCount(auditEvents),
  ];
}

describe("registering an initiative", () => {
  it("creates it with every field, makes the creator its lead and audits it", async () => {
    const person = await createPerson();
    actAs(person);
    const values = initiativeForm({
      name: "Foro de Gobernanza de Internet de Panamá Joven",
      countries: ["PA", "CR"],
    });
    const to = await redirectOf(() => createInitiativeAction(idle, form(values)));
    expect(to).toBe("/initiatives/foro-de-gobernanza-de-internet-de-panama-joven");
    const found = await resolveSlug("foro-de-gobernanza-de-internet-de-panama-joven");
    if (!found || !("initiative" in found) || !found.initiative) throw new Error("not found");
    expect(found.initiative).toMatchObject({
      name: "Foro de Gobernanza de Internet de Panamá Joven",
      acronym: "IDP",
      countries: ["PA", "CR"],
      languages: ["es", "en"],
      yearEstablished: 2019,
      fundingSources: ["Capítulo local", "Universidad"],
      verifiedAt: null,
      isDemo: false,
    });
    expect(await getRole(found.initiative.id, person.id)).toBe("lead");
    const audit = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, found.initiative.id));
    expect(audit.map((a) => a.action)).toEqual(["initiative.created"]);
  });

  it("refuses a name that differs only in case and accents, pointing to the existing one", async () => {
    actAs(await createPerson());
    await redirectOf(() =>
      createInitiativeAction(
        idle,
        form(initiativeForm({ name: "Diálogo Nacional de Gobernanza" })),
      ),
    );
    actAs(await createPerson());
    setRequestLocale("es");
    const before = await counts();
    const state = await createInitiativeAction(
      idle,
      form(initiativeForm({ name: "  DIALOGO nacional de  gobernanza " })),
    );
    expect(state.status).toBe("error");
    expect(state.message).toBe(
      "Ya existe una iniciativa con ese nombre: Diálogo Nacional de Gobernanza.",
    );
    expect(state.link?.href).toBe("/initiatives/dialogo-nacional-de-gobernanza");
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ yearEstablished: String(new Date().getUTCFullYear() + 1) }, "yearEstablished", "entre 2005"],
    [{ yearEstablished: "2004" }, "yearEstablished", "entre 2005"],
    [{ website: "javascript:alert(1)" }, "website", "https://"],
    [{ website: "ftp://example.org" }, "website", "https://"],
    [{ contactEmail: "no es correo" }, "contactEmail", "correo electrónico válido"],
    [{ countries: ["XX"] }, "countries", "ISO 3166-1"],
    [{ countries: [] }, "countries", "al menos un país"],
    [{ languages: ["de"] }, "languages", "francés"],
    [{ languages: [] }, "languages", "al menos un idioma"],
    [{ description: "x".repeat(10_000) }, "description", "5000"],
    [{ name: "" }, "name", "obligatorio"],
    [{ kind: "global" }, "kind", "Elige una opción"],
    [
      { fundingSources: Array.from({ length: 30 }, (_, i) => `s${i}`).join("\n") },
      "fundingSources",
      "como máximo 20",
    ],
  ])("refuses %o with a localized message, writing nothing", async (change, field, text) => {
    actAs(await createPerson());
    setRequestLocale("es");
    const before = await counts();
    const state = await createInitiativeAction(idle, form(initiativeForm(change)));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.[field]?.join(" ")).toContain(text);
    expect(await counts()).toEqual(before);
  });

  it("keeps markup as plain text", async () => {
    actAs(await createPerson());
    const name = `<script>alert("x")</script> Iniciativa ${Date.now()}`;
    await redirectOf(() => createInitiativeAction(idle, form(initiativeForm({ name }))));
    const [row] = await getDb()
      .select({ name: initiatives.name, slug: initiatives.slug })
      .from(initiatives)
      .where(eq(initiatives.name, name));
    expect(row?.name).toBe(name);
    expect(row?.slug).toMatch(/^script-alert-x-script-iniciativa-\d+$/);
  });

  it("refuses a visitor", async () => {
    actAs(null);
    const before = await counts();
    expect((await createInitiativeAction(idle, form(initiativeForm()))).status).toBe("error");
    expect(await counts()).toEqual(before);
  });
});
