import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { annualMeetings, checklistItems, initiatives, mentorshipNotes } from "@/db/schema";
import { insertInitiativeRow, insertMentorshipRow } from "@/db/testing/export-fixtures";
import { createPerson } from "@/db/testing/factories";
import { loadDataset, tableToCsv, tableToJson } from "@/lib/exports/datasets";
import { appUrl } from "@/lib/http/request-info";
import {
  countExportRows,
  listInitiativesForExport,
  listMentorshipsForExport,
  listProgressSources,
} from "./exports";
import { addMember } from "./memberships";

const tag = Date.now().toString(36);

describe("the initiatives export", () => {
  it("gives the registry's facts, leads by name only, the last meeting held and report links", async () => {
    const { id, slug } = await insertInitiativeRow({
      name: `Foro de Gobernanza de Internet Perú ${tag}`,
      acronym: "FGI-PE",
      countries: ["PE", "BO"],
      yearEstablished: 2016,
      website: "https://igf.pe",
      contactEmail: "secreto@example.org",
      mailingList: "lista-privada@example.org",
      stage: "established",
      verifiedAt: new Date("2024-03-05T22:30:00Z"),
      recognizedOn: "2019-05-02",
    });
    const ana = await createPerson({ name: "Ana Núñez" });
    const jose = await createPerson({ name: "José Pérez" });
    const member = await createPerson({ name: "Marta Member" });
    const gone = await createPerson({ name: "Cuenta Desactivada", disabled: true });
    const nameless = await createPerson({ name: "" });
    for (const lead of [jose, ana, gone, nameless]) await addMember(id, lead.id, "lead");
    await addMember(id, member.id, "member");
    const meeting = { initiativeId: id, endsOn: "2999-01-01", format: "hybrid" as const };
    await getDb()
      .insert(annualMeetings)
      .values([
        { ...meeting, edition: 1, startsOn: "2017-11-20", reportUrl: "https://igf.pe/2017" },
        { ...meeting, edition: 7, startsOn: "2023-10-05", reportUrl: "https://igf.pe/2023" },
        { ...meeting, edition: 8, startsOn: "2024-10-05" },
        { ...meeting, edition: 99, startsOn: "2999-01-01" },
      ]);

    // A neighbour's lead and meeting stay on its own row.
    const neighbour = await insertInitiativeRow({ name: `IGF Bolivia ${tag}` });
    await addMember(neighbour.id, (await createPerson({ name: "Otra Líder" })).id, "lead");
    await getDb()
      .insert(annualMeetings)
      .values({ ...meeting, initiativeId: neighbour.id, edition: 2, startsOn: "2024-12-01" });

    const exported = await listInitiativesForExport();
    expect(exported.find((r) => r.id === neighbour.id)).toMatchObject({
      coordinators: ["Otra Líder"],
      lastMeetingOn: "2024-12-01",
      reportUrls: [],
    });
    const row = exported.find((r) => r.id === id);
    expect(row).toEqual({
      id,
      slug,
      name: `Foro de Gobernanza de Internet Perú ${tag}`,
      acronym: "FGI-PE",
      kind: "national",
      countries: ["PE", "BO"],
      subRegion: "south_america",
      yearEstablished: 2016,
      website: "https://igf.pe",
      stage: "established",
      verifiedAt: new Date("2024-03-05T22:30:00Z"),
      recognizedOn: "2019-05-02",
      isDemo: false,
      coordinators: ["Ana Núñez", "José Pérez"],
      lastMeetingOn: "2024-10-05",
      reportUrls: ["https://igf.pe/2023", "https://igf.pe/2017"],
    });

    const table = await loadDataset("initiatives", "es");
    const record = table.rows.find((r) => r.public_url === appUrl(`/initiatives/${slug}`));
    expect(record).toEqual({
      name: `Foro de Gobernanza de Internet Perú ${tag}`,
      acronym: "FGI-PE",
      kind: "national",
      countries: ["PE", "BO"],
      sub_region: "south_america",
      year_established: 2016,
      website: "https://igf.pe",
      coordinators: ["Ana Núñez", "José Pérez"],
      last_annual_meeting: "2024-10-05",
      report_links: ["https://igf.pe/2023", "https://igf.pe/2017"],
      stage: "established",
      verified: true,
      verified_on: "2024-03-05",
      recognized_on: "2019-05-02",
      is_demo: false,
      public_url: appUrl(`/initiatives/${slug}`),
    });
    const csv = tableToCsv(table);
    expect(csv).toContain(
      `Foro de Gobernanza de Internet Perú ${tag},FGI-PE,national,PE;BO,south_america,2016,https://igf.pe,Ana Núñez;José Pérez,2024-10-05,https://igf.pe/2023;https://igf.pe/2017,established,true,2024-03-05,2019-05-02,false,${appUrl(`/initiatives/${slug}`)}\r\n`,
    );
    const json = tableToJson(table);
    expect(JSON.parse(json)).toContainEqual(record);
    for (const text of [csv, json]) {
      expect(text).not.toContain("secreto@example.org");
      expect(text).not.toContain("lista-privada");
      expect(text).not.toContain("Marta Member");
      expect(text).not.toContain("Cuenta Desactivada");
      expect(text).not.toContain(ana.email);
    }
  });
});

describe("the mentorships export", () => {
  it("lists parties, topics, state and dates, never messages or notes", async () => {
    const mentor = await insertInitiativeRow({ name: `Mesa Colombiana ${tag}` });
    const mentee = await insertInitiativeRow({ name: `IGF Panamá ${tag}` });
    const id = await insertMentorshipRow(mentor.id, mentee.id, {
      topics: ["funding", "event"],
      state: "completed",
      proposerSide: "steward",
      message: "mensaje reservado",
      answerReason: "motivo",
      createdAt: new Date("2024-01-20T10:00:00Z"),
      startedAt: new Date("2024-02-01T12:00:00Z"),
      closedAt: new Date("2024-08-15T23:30:00Z"),
    });
    await getDb().insert(mentorshipNotes).values({ mentorshipId: id, body: "nota secreta" });

    expect((await listMentorshipsForExport()).find((r) => r.id === id)).toEqual({
      id,
      mentorName: `Mesa Colombiana ${tag}`,
      menteeName: `IGF Panamá ${tag}`,
      topics: ["funding", "event"],
      state: "completed",
      proposerSide: "steward",
      createdAt: new Date("2024-01-20T10:00:00Z"),
      startedAt: new Date("2024-02-01T12:00:00Z"),
      closedAt: new Date("2024-08-15T23:30:00Z"),
    });
    const table = await loadDataset("mentorships", "es");
    expect(table.rows.find((r) => r.mentorship_id === id)).toEqual({
      mentorship_id: id,
      mentor_initiative: `Mesa Colombiana ${tag}`,
      mentee_initiative: `IGF Panamá ${tag}`,
      topics: ["funding", "event"],
      state: "completed",
      proposed_by: "steward",
      proposed_on: "2024-01-20",
      started_on: "2024-02-01",
      closed_on: "2024-08-15",
    });
    const csv = tableToCsv(table);
    expect(csv).toContain(
      `${id},Mesa Colombiana ${tag},IGF Panamá ${tag},funding;event,completed,steward,2024-01-20,2024-02-01,2024-08-15\r\n`,
    );
    for (const text of [csv, tableToJson(table)]) {
      expect(text).not.toContain("nota secreta");
      expect(text).not.toContain("mensaje reservado");
    }
  });
});

describe("the progress export", () => {
  it("has a row per phase with the checklist pages' counts and the next step", async () => {
    const { id, slug } = await insertInitiativeRow({ name: `Iniciativa Jóvenes ${tag}` });
    const item = { initiativeId: id, templateVersion: 1 };
    await getDb()
      .insert(checklistItems)
      .values([
        { ...item, stepKey: "principles", status: "done" },
        { ...item, stepKey: "scope", status: "not_applicable" },
        { ...item, stepKey: "stakeholder-map", status: "in_progress" },
        { ...item, stepKey: "committee-3-groups", status: "done" },
        // A step of no template version: ignored, as the checklist pages ignore it.
        { ...item, stepKey: "retired-step", status: "done" },
      ]);
    const common = {
      initiative: `Iniciativa Jóvenes ${tag}`,
      initiative_slug: slug,
      toolkit_version: 1,
      overall_done: 2,
      overall_applicable: 23,
      overall_percent: 9,
      next_step: "stakeholder-map",
      next_step_title: "Mapear a quién invitar de cada grupo",
    };
    const phase = (
      name: string,
      done: number,
      applicable: number,
      percent: number,
      next: string,
    ) => ({
      ...common,
      phase: name,
      phase_done: done,
      phase_applicable: applicable,
      phase_percent: percent,
      phase_next_step: next,
    });
    const rows = (await loadDataset("progress", "es")).rows.filter(
      (r) => r.initiative_slug === slug,
    );
    // Same key order as the CSV header, so JSON and CSV read alike.
    expect(rows.map((r) => Object.keys(r))[0]).toEqual([
      "initiative",
      "initiative_slug",
      "toolkit_version",
      "phase",
      "phase_done",
      "phase_applicable",
      "phase_percent",
      "phase_next_step",
      "overall_done",
      "overall_applicable",
      "overall_percent",
      "next_step",
      "next_step_title",
    ]);
    expect(rows).toEqual([
      phase("foundations", 1, 2, 50, "stakeholder-map"),
      phase("committee", 1, 5, 20, "committee-diversity"),
      phase("transparency", 0, 2, 0, "website"),
      phase("funding", 0, 3, 0, "budget"),
      phase("event", 0, 4, 0, "open-call"),
      phase("reporting", 0, 4, 0, "report"),
      phase("consolidation", 0, 3, 0, "network"),
    ]);
    const portuguese = (await loadDataset("progress", "pt")).rows.find(
      (r) => r.initiative_slug === slug,
    );
    expect(portuguese?.next_step_title).toBe("Mapear quem convidar de cada grupo");
    expect(tableToCsv(await loadDataset("progress", "es"))).toContain(
      `Iniciativa Jóvenes ${tag},${slug},1,foundations,1,2,50,stakeholder-map,2,23,9,stakeholder-map,Mapear a quién invitar de cada grupo\r\n`,
    );
  });

  it("counts the rows each download will have", async () => {
    await insertInitiativeRow({ name: `Contada ${tag}` });
    const counts = await countExportRows();
    expect(counts).toEqual({
      initiatives: (await loadDataset("initiatives", "es")).rows.length,
      mentorships: (await loadDataset("mentorships", "es")).rows.length,
      progress: (await loadDataset("progress", "es")).rows.length,
    });
    expect(counts.progress).toBe(7 * counts.initiatives);
  });
});

describe("empty exports", () => {
  it("are a header row alone in CSV and [] in JSON", async () => {
    // Inside a transaction that is rolled back: the other tests' rows come back afterwards.
    const rollback = new Error("rollback");
    await expect(
      getDb().transaction(async (tx) => {
        await tx.delete(initiatives).where(sql`true`);
        expect(await listInitiativesForExport(tx)).toEqual([]);
        expect(await listMentorshipsForExport(tx)).toEqual([]);
        expect((await listProgressSources(tx)).initiatives).toEqual([]);
        expect(await countExportRows(tx)).toEqual({ initiatives: 0, mentorships: 0, progress: 0 });
        for (const dataset of ["initiatives", "mentorships", "progress"] as const) {
          const table = await loadDataset(dataset, "es", tx);
          expect(table.rows).toEqual([]);
          expect(tableToJson(table)).toBe("[]");
          const csv = tableToCsv(table);
          expect(csv.startsWith(`\uFEFF${table.columns.join(",")}\r\n`)).toBe(true);
          expect(csv.split("\r\n")).toHaveLength(2);
        }
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
