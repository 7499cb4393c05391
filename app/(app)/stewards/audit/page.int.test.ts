import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/db/queries/audit";
import { insertInitiativeRow, insertMentorshipRow } from "@/db/testing/export-fixtures";
import { createPerson } from "@/db/testing/factories";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { redirectOf } from "@/lib/testing/helpers";
import AuditLogPage from "./page";

const tag = Date.now().toString(36);

async function render(params: Record<string, string>) {
  return renderToStaticMarkup(await AuditLogPage({ searchParams: Promise.resolve(params) }));
}

describe("the audit log page", () => {
  it("shows events with their links, hides note bodies and explains ignored dates", async () => {
    const steward = await createPerson({ isSteward: true, name: `Valeria ${tag}` });
    const mentor = await insertInitiativeRow({ name: `Mesa Colombiana ${tag}` });
    const mentee = await insertInitiativeRow({ name: `IGF Panamá ${tag}` });
    const m = await insertMentorshipRow(mentor.id, mentee.id);
    await recordAudit({
      actorId: steward.id,
      action: "mentorship.note_added",
      entityType: "mentorship",
      entityId: m,
      after: { body: "nota secreta" },
    });
    actAs(steward);
    setRequestLocale("es");
    const html = await render({ initiative: mentee.id, from: "2024-13-45", person: "" });
    expect(html).toContain("Escribió una nota privada");
    expect(html).toContain(`href="/mentorships/${m}"`);
    expect(html).toContain(`Valeria ${tag}`);
    expect(html).toContain("Se ocultó contenido privado del padrinazgo.");
    expect(html).not.toContain("nota secreta");
    expect(html).toContain("«2024-13-45» no es una fecha válida para «Desde (UTC)»");
    expect(html).toContain(`<option value="${mentee.id}" selected="">IGF Panamá ${tag}</option>`);
  });

  it("says what to try when nothing matches, and sends others away", async () => {
    const steward = await createPerson({ isSteward: true });
    actAs(steward);
    setRequestLocale("en");
    const html = await render({ person: `nobody-${tag}` });
    expect(html).toContain("No event matches these filters.");
    actAs(await createPerson());
    expect(await redirectOf(() => render({}))).toBe("/forbidden");
    // The real requireSteward sends a visitor to sign in; the test fake sends them to /forbidden.
    actAs(null);
    expect(await redirectOf(() => render({}))).not.toBe("");
  });
});
