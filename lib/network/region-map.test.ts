import { describe, expect, it } from "vitest";
import { GET } from "@/app/maps/lac-shapes.svg/route";
import { LAC_COUNTRIES } from "@/lib/initiatives/countries";
import {
  getRegionMap,
  getRegionShapes,
  MAP_HEIGHT,
  MAP_WIDTH,
  REGION_SHAPES_PATH,
  regionShapeHref,
} from "./region-map";

describe("the region map's geometry", () => {
  const map = getRegionMap();

  it("has every mainland country and the small Caribbean islands, each with a path", () => {
    for (const code of ["MX", "BR", "AR", "CL", "CO", "UY", "PY", "PA", "CR", "GF"]) {
      expect(map.byCode.get(code)?.small, code).toBe(false);
    }
    for (const code of ["BB", "TT", "GD", "LC", "VC", "DM", "AG", "KN"]) {
      expect(map.byCode.get(code)?.small, code).toBe(true);
    }
    for (const country of map.countries) {
      expect(country.path, country.code).toMatch(/^M[-\d.]+ [-\d.]+.*z$/);
      expect(LAC_COUNTRIES).toContain(country.code);
    }
    expect(map.countries.length).toBeGreaterThanOrEqual(50);
  });

  it("keeps every centroid inside the viewBox", () => {
    for (const { code, centroid } of map.countries) {
      const [x, y] = centroid;
      expect(x > 0 && x < MAP_WIDTH && y > 0 && y < MAP_HEIGHT, code).toBe(true);
    }
    const mexico = map.byCode.get("MX")?.centroid ?? [0, 0];
    const argentina = map.byCode.get("AR")?.centroid ?? [0, 0];
    expect(mexico[1]).toBeLessThan(argentina[1]);
  });

  it("is built once and stays small", () => {
    expect(getRegionMap()).toBe(map);
    const bytes = map.countries.reduce((sum, c) => sum + c.path.length, 0);
    expect(bytes).toBeLessThan(150_000);
    expect(map.countries.every((c) => !/\d\.\d\d/.test(c.path))).toBe(true);
  });
});

describe("the outlines file that map pages reference", () => {
  const map = getRegionMap();

  it("holds every country's outline under its code, unpainted", () => {
    const { svg } = getRegionShapes();
    for (const country of map.countries) {
      expect(svg).toContain(`<path id="${country.code}" d="${country.path}"/>`);
    }
    // Paint and stroke come from the <use> that references a country.
    expect(svg).not.toMatch(/fill=|stroke=/);
  });

  it("is addressed by a version that follows its content", () => {
    const { svg, version } = getRegionShapes();
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(regionShapeHref("UY")).toBe(`${REGION_SHAPES_PATH}?v=${version}#UY`);
    expect(getRegionShapes().svg).toBe(svg);
  });

  it("is served as a cacheable SVG image", async () => {
    const response = GET();
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(await response.text()).toBe(getRegionShapes().svg);
  });
});
