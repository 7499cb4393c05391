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
    // A link names the initiative by id; the form shows its name.
    expect(html).toContain(`name="initiative" value="IGF Panamá ${tag}"`);
    expect(html).not.toContain(`<option value="${mentee.id}`);
  });

  it("finds the initiative by what the steward types, and asks when it fits several", async () => {
    const steward = await createPerson({ isSteward: true, name: `Rosa ${tag}` });
    const chile = await insertInitiativeRow({ name: `IGF Chile ${tag}`, acronym: `CL${tag}` });
    const youth = await insertInitiativeRow({ name: `IGF Chile Juventud ${tag}` });
    const event = async (entityId: string, action: string) =>
      recordAudit({ actorId: steward.id, action, entityType: "initiative", entityId });
    await event(chile.id, "initiative.updated");
    await event(youth.id, "initiative.verified");
    actAs(steward);
    setRequestLocale("en");

    // Part of a name that fits one initiative only, accents and case aside.
    const juventud = await render({ initiative: `chile JUVENTUD ${tag}` });
    expect(juventud).toContain(`href="/initiatives/${youth.slug}"`);
    expect(juventud).not.toContain(`href="/initiatives/${chile.slug}"`);
    expect(juventud).toContain(`value="IGF Chile Juventud ${tag}"`);

    // The exact name wins over the longer one that contains it; so does the acronym.
    for (const typed of [`igf chile ${tag}`, `cl${tag}`]) {
      const html = await render({ initiative: typed });
      expect(html).toContain(`href="/initiatives/${chile.slug}"`);
      expect(html).not.toContain(`href="/initiatives/${youth.slug}"`);
    }

    // Part of both names: no filter yet, a choice of both, each a link by id.
    const both = await render({ initiative: `Chile`, action: "initiative.updated" });
    expect(both).toContain("Several initiatives match “Chile”: choose one.");
    expect(both).toContain(
      `href="/stewards/audit?initiative=${chile.id}&amp;action=initiative.updated"`,
    );
    expect(both).toContain(
      `href="/stewards/audit?initiative=${youth.id}&amp;action=initiative.updated"`,
    );

    const none = await render({ initiative: `Atlántida ${tag}` });
    expect(none).toContain(
      `No initiative matches “Atlántida ${tag}”: that filter was not applied.`,
    );
    expect(none).toContain(`href="/initiatives/${chile.slug}"`);
    setRequestLocale("es");
    expect(await render({ initiative: "Chile" })).toContain(
      "Varias iniciativas coinciden con «Chile»: elige una.",
    );
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
