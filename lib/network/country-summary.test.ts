import { describe, expect, it } from "vitest";
import type { MapPlacement } from "@/db/queries/network-map";
import type { Stage } from "@/db/schema/enums";
import { countryHref, namedIn, summarizeCountries } from "./country-summary";

type Counts = { total: number } & Partial<Record<Stage, number>>;

/** A row as getNetworkMap returns it: one named initiative in one country, with its group's counts. */
function placed(
  code: string,
  slug: string,
  stage: Stage,
  rank: number,
  { total, ...byStage }: Counts,
  shared = false,
): MapPlacement {
  const counts = { emerging: 0, developing: 0, established: 0, ...byStage };
  return { code, slug, name: slug, stage, recognized: false, shared, rank, total, ...counts };
}

describe("summarizeCountries", () => {
  const ar = { total: 2, established: 1, emerging: 1 };
  const lac = { total: 1, established: 1 };
  const { byCode, shared } = summarizeCountries({
    placements: [
      placed("AR", "ar", "established", 1, ar),
      placed("AR", "ar-y", "emerging", 2, ar),
      placed("AR", "lac", "established", 1, lac, true),
      placed("BB", "bb", "emerging", 1, { total: 1, emerging: 1 }),
      placed("BB", "lac", "established", 1, lac, true),
      placed("CL", "lac", "established", 1, lac, true),
    ],
    shared: [{ slug: "lac", name: "LACIGF", stage: "established", recognized: true, reach: 3 }],
    sharedTotal: 1,
  });

  it("colours a country by its own initiatives' most advanced stage", () => {
    expect(byCode.get("AR")?.stage).toBe("established");
    expect(byCode.get("AR")?.own.named.map((i) => i.slug)).toEqual(["ar", "ar-y"]);
    expect(byCode.get("AR")?.byStage).toEqual({ emerging: 1, developing: 0, established: 1 });
    expect(byCode.get("BB")?.stage).toBe("emerging");
  });

  it("lists multi-country initiatives on each country without colouring it", () => {
    expect(byCode.get("CL")).toMatchObject({ stage: null, own: { total: 0, named: [] } });
    expect(byCode.get("CL")?.shared.named.map((i) => i.slug)).toEqual(["lac"]);
    expect(byCode.get("BB")?.shared.named.map((i) => i.slug)).toEqual(["lac"]);
    expect(shared).toMatchObject({ total: 1, named: [{ slug: "lac" }] });
    expect(byCode.has("UY")).toBe(false);
  });

  it("links a country to its only initiative, or to the directory filtered to it", () => {
    expect(countryHref(byCode.get("CL") ?? expect.fail())).toBe("/initiatives/lac");
    expect(countryHref(byCode.get("BB") ?? expect.fail())).toBe("/initiatives?country=BB");
  });
});

describe("a country with more initiatives than the map names", () => {
  // 200 own (5 named: the established ones first) and 12 shared (5 named).
  const own = { total: 200, established: 3, developing: 90, emerging: 107 };
  const { byCode } = summarizeCountries({
    placements: [
      ...["a", "b", "c"].map((s, i) => placed("MX", `mx-${s}`, "established", i + 1, own)),
      ...["a", "b"].map((s, i) => placed("MX", `mx-d${s}`, "developing", i + 4, own)),
      ...[1, 2, 3, 4, 5].map((n) => placed("MX", `forum-${n}`, "emerging", n, { total: 12 }, true)),
    ],
    shared: [],
    sharedTotal: 12,
  });
  const mexico = byCode.get("MX") ?? expect.fail("no MX");

  it("keeps the totals and the stage counts, not just the named rows", () => {
    expect(mexico.own.total).toBe(200);
    expect(mexico.shared.total).toBe(12);
    expect(mexico.byStage).toEqual({ emerging: 107, developing: 90, established: 3 });
    expect(mexico.stage).toBe("established");
  });

  it("names its own first, up to the limit, and counts the rest", () => {
    const { named, more } = namedIn(mexico, 5);
    expect(named.map((n) => n.initiative.slug)).toEqual(["mx-a", "mx-b", "mx-c", "mx-da", "mx-db"]);
    expect(more).toBe(212 - 5);
    expect(countryHref(mexico)).toBe("/initiatives?country=MX");
  });

  it("fills the limit with shared ones when the country has few of its own", () => {
    const few = { ...mexico, own: { total: 2, named: mexico.own.named.slice(0, 2) } };
    const { named, more } = namedIn(few, 5);
    expect(named.map((n) => [n.initiative.slug, n.shared])).toEqual([
      ["mx-a", false],
      ["mx-b", false],
      ["forum-1", true],
      ["forum-2", true],
      ["forum-3", true],
    ]);
    expect(more).toBe(14 - 5);
  });
});
