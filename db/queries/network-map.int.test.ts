import { beforeAll, describe, expect, it } from "vitest";
import { setVerification } from "@/db/queries/initiatives";
import type { Stage } from "@/db/schema/enums";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { summarizeCountries } from "@/lib/network/country-summary";
import { getNetworkMap, MAP_NAMED_PER_COUNTRY, MAP_SHARED_LISTED } from "./network-map";

const tag = Date.now().toString(36);
const slugs = { hidden: new Set<string>() };

/** An initiative named `Mapa <tag> <label>`, verified unless said otherwise. */
async function add(label: string, stage: Stage, countries: string[], verified = true) {
  const lead = await createPerson();
  const kind = countries.length > 1 ? "sub_regional" : "national";
  const name = `Mapa ${tag} ${label}`;
  const { id, slug } = await createTestInitiative(lead, { name, stage, countries, kind });
  if (verified) await setVerification(id, { verifiedAt: new Date() });
  else slugs.hidden.add(slug);
  return slug;
}

// Mexico holds more than the map names, of both kinds; this file's database holds nothing
// else, so counts are exact.
beforeAll(async () => {
  const stages: [Stage, number][] = [
    ["emerging", 4],
    ["developing", 3],
    ["established", 2],
  ];
  for (const [stage, n] of stages)
    for (let i = n; i >= 1; i--) await add(`MX ${stage} ${i}`, stage, ["MX"]);
  // Unverified and established: first in line for stewards, absent from the public map.
  for (const i of [1, 2, 3]) await add(`MX hidden ${i}`, "established", ["MX"], false);
  for (let i = 12; i >= 1; i--) {
    const stage = i <= 2 ? "established" : "emerging";
    await add(`forum ${String(i).padStart(2, "0")}`, stage, ["MX", "GT"]);
  }
  await add("forum hidden", "established", ["MX", "GT", "BZ"], false);
  // A repeated code is still one country: Belize's own, not a shared initiative.
  await add("BZ twice", "developing", ["BZ", "BZ"]);
}, 120_000);

const names = (items: readonly { name: string }[]) =>
  items.map((i) => i.name.replace(`Mapa ${tag} `, ""));

describe("the network map of a large country", () => {
  it("names a few of each kind, most advanced first then by name, and counts them all", async () => {
    const map = await getNetworkMap("public");
    const mexico = summarizeCountries(map).byCode.get("MX") ?? expect.fail("no MX");
    expect(mexico.stage).toBe("established");
    expect(mexico.own.total).toBe(9);
    expect(mexico.byStage).toEqual({ emerging: 4, developing: 3, established: 2 });
    expect(names(mexico.own.named)).toEqual([
      "MX established 1",
      "MX established 2",
      "MX developing 1",
      "MX developing 2",
      "MX developing 3",
    ]);
    expect(mexico.shared.total).toBe(12);
    expect(names(mexico.shared.named)).toEqual([
      "forum 01",
      "forum 02",
      "forum 03",
      "forum 04",
      "forum 05",
    ]);
    expect(map.placements.length).toBeLessThanOrEqual(3 * 2 * MAP_NAMED_PER_COUNTRY);
  });

  it("lists the first multi-country initiatives under the map, with their total", async () => {
    const map = await getNetworkMap("public");
    expect(map.sharedTotal).toBe(12);
    expect(map.shared).toHaveLength(MAP_SHARED_LISTED);
    expect(names(map.shared).slice(0, 3)).toEqual(["forum 01", "forum 02", "forum 03"]);
    expect(map.shared.every((i) => i.reach === 2)).toBe(true);
    expect(Object.keys(map.shared[0] ?? {}).sort()).toEqual([
      "name",
      "reach",
      "recognized",
      "slug",
      "stage",
    ]);
  });

  it("counts a repeated country once, as the country's own initiative", async () => {
    const map = await getNetworkMap("public");
    expect(map.placements.filter((r) => r.code === "BZ")).toMatchObject([
      { shared: false, total: 1, developing: 1 },
    ]);
    const belize = summarizeCountries(map).byCode.get("BZ");
    expect(belize).toMatchObject({ stage: "developing", own: { total: 1 }, shared: { total: 0 } });
  });

  it("keeps unverified initiatives off the public map, and shows them to stewards", async () => {
    const open = await getNetworkMap("public");
    const seen = [...open.placements, ...open.shared].map((i) => i.slug);
    expect(seen.filter((slug) => slugs.hidden.has(slug))).toEqual([]);

    const all = await getNetworkMap("all");
    const mexico = summarizeCountries(all).byCode.get("MX") ?? expect.fail("no MX");
    expect(mexico.own.total).toBe(12);
    expect(mexico.byStage.established).toBe(5);
    expect(names(mexico.own.named).slice(0, 3)).toEqual([
      "MX established 1",
      "MX established 2",
      "MX hidden 1",
    ]);
    expect(mexico.shared.total).toBe(13);
    expect(names(mexico.shared.named)[0]).toBe("forum 01");
    expect(all.sharedTotal).toBe(13);
    expect(summarizeCountries(all).byCode.get("BZ")?.shared.total).toBe(1);
  });
});
