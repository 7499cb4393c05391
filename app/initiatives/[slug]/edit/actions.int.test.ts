import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getInitiativeById, resolveSlug } from "@/db/queries/initiatives";
import { addMember } from "@/db/queries/memberships";
import { initiatives } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative, initiativeForm } from "@/db/testing/initiatives";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, redirectOf } from "@/lib/testing/helpers";
import { updateInitiativeAction } from "./actions";

describe("editing an initiative", () => {
  it("lets a lead rename it; the old address keeps redirecting and the change is in the history", async () => {
    const lead = await createPerson();
    const created = await createTestInitiative(lead, { name: "Mesa de Prueba Antigua" });
    actAs(lead);
    const to = await redirectOf(() =>
      updateInitiativeAction(
        idle,
        form(
          initiativeForm({
            initiativeId: created.id,
            name: "Mesa de Prueba Nueva",
            stage: "developing",
          }),
        ),
      ),
    );
    expect(to).toBe("/initiatives/mesa-de-prueba-nueva");
    expect(await resolveSlug("mesa-de-prueba-antigua")).toEqual({
      movedTo: "mesa-de-prueba-nueva",
    });
    expect((await getInitiativeById(created.id))?.stage).toBe("developing");
  });

  it("refuses a plain member, another initiative's lead (changing the id) and a steward, changing nothing", async () => {
    const lead = await createPerson();
    const created = await createTestInitiative(lead);
    const member = await createPerson();
    await addMember(created.id, member.id, "member");
    const otherLead = await createPerson();
    await createTestInitiative(otherLead);
    const steward = await createPerson({ isSteward: true });
    const before = await getInitiativeById(created.id);
    setRequestLocale("es");
    for (const actor of [member, otherLead, steward]) {
      actAs(actor);
      const state = await updateInitiativeAction(
        idle,
        form(initiativeForm({ initiativeId: created.id, name: "Tomada" })),
      );
      expect(state.message).toBe("Solo la coordinación de la iniciativa puede editarla.");
    }
    expect(await getInitiativeById(created.id)).toEqual(before);
  });

  it("ignores fields nobody may set through the form (mass assignment)", async () => {
    const lead = await createPerson();
    const created = await createTestInitiative(lead);
    actAs(lead);
    await redirectOf(() =>
      updateInitiativeAction(
        idle,
        form(
          initiativeForm({
            initiativeId: created.id,
            verifiedAt: "2020-01-01",
            isDemo: "true",
            slug: "hijack",
            role: "steward",
          }),
        ),
      ),
    );
    const [row] = await getDb().select().from(initiatives).where(eq(initiatives.id, created.id));
    expect(row).toMatchObject({ verifiedAt: null, isDemo: false });
    expect(row?.slug).not.toBe("hijack");
  });

  it("refuses renaming onto another initiative's name, and malformed ids", async () => {
    const lead = await createPerson();
    const mine = await createTestInitiative(lead);
    const other = await createTestInitiative(await createPerson(), { name: "Nombre Ocupado" });
    actAs(lead);
    setRequestLocale("en");
    const state = await updateInitiativeAction(
      idle,
      form(initiativeForm({ initiativeId: mine.id, name: "nombre ocupado" })),
    );
    expect(state.message).toBe("An initiative with that name already exists: Nombre Ocupado.");
    expect((await getInitiativeById(other.id))?.name).toBe("Nombre Ocupado");
    const bad = await updateInitiativeAction(
      idle,
      form(initiativeForm({ initiativeId: "1 or 1=1" })),
    );
    expect(bad.fieldErrors?.initiativeId).toEqual(["This value is not valid."]);
  });
});
