import { describe, expect, it } from "vitest";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { foldText } from "@/lib/initiatives/text";
import { verifyInitiative } from "@/lib/initiatives/verification";
import { DIRECTORY_PAGE_SIZE, listDirectory } from "./initiatives";

const tag = Date.now().toString(36);

describe("the public directory", () => {
  it("finds initiatives by name, acronym or country, ignoring accents and case", async () => {
    const lead = await createPerson();
    await createTestInitiative(lead, {
      name: `Foro Panameño ${tag}`,
      acronym: `FP${tag}`,
      countries: ["PA"],
    });
    await createTestInitiative(lead, {
      name: `Mesa de México ${tag}`,
      countries: ["MX"],
      subRegion: "north_america",
    });
    const search = async (q: string) =>
      (await listDirectory({ foldedQuery: foldText(q) })).rows.map((r) => r.name);
    expect(await search(`panameno ${tag}`)).toEqual([`Foro Panameño ${tag}`]);
    expect(await search(`MEXICO ${tag}`)).toEqual([`Mesa de México ${tag}`]);
    expect(await search(`fp${tag}`)).toEqual([`Foro Panameño ${tag}`]);
    expect(await search("100% _no_ match\\")).toEqual([]);
  });

  it("filters by kind, sub-region, country, language, stage and verification, with counts", async () => {
    const lead = await createPerson();
    const steward = await createPerson({ isSteward: true });
    const youth = await createTestInitiative(lead, {
      name: `Juventud Caribe ${tag}`,
      kind: "youth",
      subRegion: "caribbean",
      countries: ["JM"],
      languages: ["en", "fr"],
      stage: "developing",
    });
    await verifyInitiative(steward, youth.id, null);
    const result = await listDirectory({
      kind: "youth",
      subRegion: "caribbean",
      country: "JM",
      language: "fr",
      stage: "developing",
      verified: true,
    });
    expect(result.rows.map((r) => r.id)).toEqual([youth.id]);
    expect(result.total).toBe(1);
    expect(
      (await listDirectory({ kind: "youth", verified: false })).rows.map((r) => r.id),
    ).not.toContain(youth.id);
  });

  it("paginates with a stable order and a total", async () => {
    const lead = await createPerson();
    for (let i = 0; i < DIRECTORY_PAGE_SIZE + 3; i++) {
      await createTestInitiative(lead, {
        name: `Paginada ${tag} ${String(i).padStart(2, "0")}`,
        languages: ["pt"],
        kind: "sub_regional",
      });
    }
    const filters = { foldedQuery: `paginada ${tag}` };
    const first = await listDirectory({ ...filters, page: 1 });
    const second = await listDirectory({ ...filters, page: 2 });
    expect(first.total).toBe(DIRECTORY_PAGE_SIZE + 3);
    expect(first.rows).toHaveLength(DIRECTORY_PAGE_SIZE);
    expect(second.rows.map((r) => r.name)).toEqual([24, 25, 26].map((i) => `Paginada ${tag} ${i}`));
    expect(second.total).toBe(DIRECTORY_PAGE_SIZE + 3);
    // Past the last page: no rows, and still the count.
    const past = await listDirectory({ ...filters, page: 3 });
    expect(past.rows).toEqual([]);
    expect(past.total).toBe(DIRECTORY_PAGE_SIZE + 3);
    // A search's rows are a plain listing's: same values, types, shape and order.
    const ours = (rows: { name: string }[]) =>
      rows.filter((r) => r.name.includes(`Paginada ${tag}`));
    const newest = await listDirectory({ ...filters, sort: "newest" });
    const plain = await listDirectory({ kind: "sub_regional", language: "pt", sort: "newest" });
    expect(newest.rows).toHaveLength(DIRECTORY_PAGE_SIZE);
    expect(newest.rows).toEqual(ours(plain.rows).slice(0, DIRECTORY_PAGE_SIZE));
  });

  it("sorts a search by the year founded, those without one last", async () => {
    const lead = await createPerson();
    for (const [name, year] of [
      ["Antigua reciente", 2015],
      ["Antigua sin año", undefined],
      ["Antigua primera", 2005],
    ] as const)
      await createTestInitiative(lead, { name: `${name} ${tag}`, yearEstablished: year });
    const found = await listDirectory({ foldedQuery: "antigua", sort: "oldest" });
    const mine = found.rows.filter((r) => r.name.endsWith(tag));
    expect(mine.map((r) => [r.name, r.yearEstablished])).toEqual([
      [`Antigua primera ${tag}`, 2005],
      [`Antigua reciente ${tag}`, 2015],
      [`Antigua sin año ${tag}`, null],
    ]);
  });
});
