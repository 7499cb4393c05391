import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getInitiativeById } from "@/db/queries/initiatives";
import { auditEvents } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle } from "@/lib/testing/helpers";
import {
  recordRecognitionAction,
  unverifyInitiativeAction,
  verifyInitiativeAction,
} from "./actions";

describe("steward verification", () => {
  it("verifies with a recognition date, then un-verifies with a reason kept in the history", async () => {
    const steward = await createPerson({ isSteward: true });
    const { id } = await createTestInitiative(await createPerson());
    actAs(steward);
    setRequestLocale("en");
    expect(
      await verifyInitiativeAction(idle, form({ initiativeId: id, recognizedOn: "2024-03-15" })),
    ).toMatchObject({
      status: "success",
      message: "Initiative verified.",
    });
    expect(await getInitiativeById(id)).toMatchObject({ recognizedOn: "2024-03-15" });
    expect((await getInitiativeById(id))?.verifiedAt).toBeInstanceOf(Date);

    expect(
      (await unverifyInitiativeAction(idle, form({ initiativeId: id, reason: "" }))).fieldErrors
        ?.reason,
    ).toEqual(["This field is required."]);
    expect(
      (await unverifyInitiativeAction(idle, form({ initiativeId: id, reason: "Duplicated entry" })))
        .status,
    ).toBe("success");
    expect((await getInitiativeById(id))?.verifiedAt).toBeNull();
    const audit = await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audit.find((a) => a.action === "initiative.unverified")?.after).toEqual({
      reason: "Duplicated entry",
    });
  });

  it("records or clears the recognition date; refuses impossible and future dates", async () => {
    const steward = await createPerson({ isSteward: true });
    const { id } = await createTestInitiative(await createPerson());
    actAs(steward);
    setRequestLocale("es");
    expect(
      (await recordRecognitionAction(idle, form({ initiativeId: id, recognizedOn: "2023-02-30" })))
        .fieldErrors?.recognizedOn,
    ).toEqual(["Escribe una fecha válida (AAAA-MM-DD)."]);
    expect(
      (await recordRecognitionAction(idle, form({ initiativeId: id, recognizedOn: "2150-01-01" })))
        .fieldErrors?.recognizedOn,
    ).toEqual(["La fecha no puede estar en el futuro."]);
    expect((await getInitiativeById(id))?.recognizedOn).toBeNull();
    await recordRecognitionAction(idle, form({ initiativeId: id, recognizedOn: "2022-11-01" }));
    expect((await getInitiativeById(id))?.recognizedOn).toBe("2022-11-01");
    await recordRecognitionAction(idle, form({ initiativeId: id, recognizedOn: "" }));
    expect((await getInitiativeById(id))?.recognizedOn).toBeNull();
  });

  it("refuses leads, members and visitors", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    setRequestLocale("es");
    for (const actor of [lead, await createPerson(), null]) {
      actAs(actor);
      expect((await verifyInitiativeAction(idle, form({ initiativeId: id }))).status).toBe("error");
      expect(
        (
          await recordRecognitionAction(
            idle,
            form({ initiativeId: id, recognizedOn: "2020-01-01" }),
          )
        ).status,
      ).toBe("error");
    }
    expect(await getInitiativeById(id)).toMatchObject({ verifiedAt: null, recognizedOn: null });
  });
});
