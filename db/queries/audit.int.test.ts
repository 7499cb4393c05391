import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, offers } from "@/db/schema";
import { insertInitiativeRow, insertMentorshipRow } from "@/db/testing/export-fixtures";
import { createPerson } from "@/db/testing/factories";
import { uniqueEmail } from "@/lib/testing/helpers";
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditEvents, recordAudit } from "./audit";

const tag = Date.now().toString(36);
let n = 0;

type Event = typeof auditEvents.$inferInsert;

/** Two initiatives in a mentorship, a lead, a steward and a known trail of events. */
async function world() {
  n += 1;
  const lead = await createPerson({ name: `Ana Núñez ${tag}-${n}`, email: uniqueEmail("ana") });
  const steward = await createPerson({ name: `Valeria ${tag}-${n}`, isSteward: true });
  const a = await insertInitiativeRow({ name: `Mesa Colombiana ${tag}-${n}` });
  const b = await insertInitiativeRow({ name: `IGF Panamá ${tag}-${n}` });
  const m = await insertMentorshipRow(a.id, b.id);
  const [offer] = await getDb()
    .select({ id: offers.id })
    .from(offers)
    .where(eq(offers.initiativeId, a.id));
  const at = (iso: string) => new Date(iso);
  const insert = async (event: Omit<Event, "createdAt">, when: string) => {
    const [row] = await getDb()
      .insert(auditEvents)
      .values({ ...event, createdAt: at(when) })
      .returning({ id: auditEvents.id });
    return row?.id ?? "";
  };
  const e = {
    updated: await insert(
      {
        actorId: lead.id,
        action: "initiative.updated",
        entityType: "initiative",
        entityId: a.id,
        before: { name: "Antes" },
        after: { name: "Después" },
      },
      "2024-01-10T10:00:00Z",
    ),
    verified: await insert(
      {
        actorId: steward.id,
        action: "initiative.verified",
        entityType: "initiative",
        entityId: b.id,
      },
      "2024-02-15T23:59:00Z",
    ),
    note: await insert(
      {
        actorId: lead.id,
        action: "mentorship.note_added",
        entityType: "mentorship",
        entityId: m,
        after: { body: "nota secreta del padrinazgo" },
      },
      "2024-03-01T00:00:00Z",
    ),
    meeting: await insert(
      {
        actorId: lead.id,
        action: "mentorship.meeting_logged",
        entityType: "mentorship",
        entityId: m,
        after: { heldOn: "2024-03-01", summary: "resumen privado" },
      },
      "2024-03-02T08:00:00Z",
    ),
    expired: await insert(
      { actorId: null, action: "mentorship.expired", entityType: "mentorship", entityId: m },
      "2024-03-03T08:00:00Z",
    ),
    matching: await insert(
      {
        actorId: steward.id,
        action: "matching.run",
        entityType: "matching_run",
        entityId: crypto.randomUUID(),
        after: { initiativeId: a.id },
      },
      "2024-04-01T18:00:00Z",
    ),
    offer: await insert(
      {
        actorId: lead.id,
        action: "offer.status_changed",
        entityType: "offer",
        entityId: offer?.id ?? "",
        after: { status: "paused" },
      },
      "2024-04-02T08:00:00Z",
    ),
  };
  await recordAudit({
    actorId: steward.id,
    action: "export.download",
    entityType: "dataset",
    entityId: "initiatives",
  });
  return { lead, steward, a, b, m, offerId: offer?.id ?? "", e };
}

const ids = async (filters: Parameters<typeof listAuditEvents>[0]) =>
  (await listAuditEvents(filters)).events.map((event) => event.id);

describe("the audit log", () => {
  it("finds an initiative's events: its own, its mentorships', its offers' and those naming it", async () => {
    const { a, b, e } = await world();
    expect(await ids({ initiativeId: a.id })).toEqual([
      e.offer,
      e.matching,
      e.expired,
      e.meeting,
      e.note,
      e.updated,
    ]);
    expect(await ids({ initiativeId: b.id })).toEqual([e.expired, e.meeting, e.note, e.verified]);
    expect(await ids({ initiativeId: crypto.randomUUID() })).toEqual([]);
    expect(await ids({ initiativeId: "not-a-uuid" })).toEqual([]);
  });

  it("narrows by person (name or e-mail contains), action and UTC days", async () => {
    const { lead, steward, a, b, e } = await world();
    const leadEvents = [e.offer, e.meeting, e.note, e.updated];
    expect(await ids({ person: lead.name ?? "" })).toEqual(leadEvents);
    expect(await ids({ person: lead.email.slice(0, 12) })).toEqual(leadEvents);
    expect(await ids({ person: `  ${steward.name}  ` })).toHaveLength(3);
    expect(await ids({ person: "100% _no_ match\\" })).toEqual([]);
    expect(await ids({ initiativeId: b.id, action: "initiative.verified" })).toEqual([e.verified]);
    expect(await ids({ initiativeId: a.id, action: "mentorship.expired" })).toEqual([e.expired]);
    // Both ends inclusive, whole days in UTC.
    expect(await ids({ initiativeId: a.id, from: "2024-03-01", to: "2024-04-01" })).toEqual([
      e.matching,
      e.expired,
      e.meeting,
      e.note,
    ]);
    expect(await ids({ initiativeId: a.id, from: "2024-03-02" })).toEqual([
      e.offer,
      e.matching,
      e.expired,
      e.meeting,
    ]);
    expect(await ids({ initiativeId: b.id, to: "2024-02-15" })).toEqual([e.verified]);
    // Dates that are not dates are left out rather than failing.
    expect(await ids({ initiativeId: b.id, from: "2024-02-30", to: "soon" })).toHaveLength(4);
    expect(await ids({ person: lead.name ?? "", initiativeId: b.id, from: "2024-03-02" })).toEqual([
      e.meeting,
    ]);
  });

  it("never shows private mentorship text, and says when it hid some", async () => {
    const { b, e } = await world();
    const { events } = await listAuditEvents({ initiativeId: b.id });
    const byId = new Map(events.map((event) => [event.id, event]));
    expect(byId.get(e.note)).toMatchObject({ before: null, after: null, redacted: true });
    expect(byId.get(e.meeting)).toMatchObject({
      after: { heldOn: "2024-03-01" },
      redacted: true,
    });
    expect(byId.get(e.verified)?.redacted).toBe(false);
    const shown = JSON.stringify(events);
    expect(shown).not.toContain("nota secreta");
    expect(shown).not.toContain("resumen privado");
  });

  it("names who acted and links what it was about", async () => {
    const { lead, a, m, offerId, e } = await world();
    const { events } = await listAuditEvents({ initiativeId: a.id });
    const byId = new Map(events.map((event) => [event.id, event]));
    expect(byId.get(e.updated)).toMatchObject({
      actorName: lead.name,
      isSystem: false,
      before: { name: "Antes" },
      after: { name: "Después" },
      subject: {
        kind: "initiative",
        href: `/initiatives/${a.slug}`,
        name: `Mesa Colombiana ${tag}-${n}`,
      },
    });
    expect(byId.get(e.expired)).toMatchObject({
      isSystem: true,
      actorName: null,
      subject: {
        kind: "mentorship",
        href: `/mentorships/${m}`,
        mentor: `Mesa Colombiana ${tag}-${n}`,
        mentee: `IGF Panamá ${tag}-${n}`,
      },
    });
    expect(byId.get(e.offer)?.subject).toEqual({
      kind: "offer",
      href: `/offers/${offerId}`,
      name: `Mesa Colombiana ${tag}-${n}`,
    });
    expect(byId.get(e.matching)?.subject).toBeNull();
    expect(JSON.stringify(events)).not.toContain(lead.email);
  });

  it("pages newest first, 50 at a time, without gaps or repeats among equal times", async () => {
    const { id } = await insertInitiativeRow({ name: `Paginada ${tag}` });
    const when = new Date("2024-06-01T12:00:00Z");
    await getDb()
      .insert(auditEvents)
      .values(
        Array.from({ length: AUDIT_PAGE_SIZE * 2 + 7 }, (_, i) => ({
          actorId: null,
          action: "checklist.updated",
          entityType: "initiative",
          entityId: id,
          after: { i },
          // Two events per instant, as in one transaction.
          createdAt: new Date(when.getTime() + Math.floor(i / 2) * 1000),
        })),
      );
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => listAuditEvents({ initiativeId: id, page })),
    );
    expect(pages.map((p) => p.events.length)).toEqual([50, 50, 7, 0]);
    expect(pages.map((p) => p.hasNext)).toEqual([true, true, false, false]);
    const all = pages.flatMap((p) => p.events);
    expect(new Set(all.map((event) => event.id)).size).toBe(AUDIT_PAGE_SIZE * 2 + 7);
    const times = all.map((event) => event.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect((await listAuditEvents({ initiativeId: id, page: 0 })).page).toBe(1);
    expect((await listAuditEvents({ initiativeId: id, page: -4 })).events).toHaveLength(50);
  });

  it("offers every action seen, once and in order, as the action filter's choices", async () => {
    await world();
    const actions = await listAuditActions();
    expect(actions).toEqual([...new Set(actions)].sort());
    expect(actions).toEqual(
      expect.arrayContaining(["export.download", "initiative.updated", "mentorship.note_added"]),
    );
  });
});
