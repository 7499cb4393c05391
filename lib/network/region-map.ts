import { createHash } from "node:crypto";
import { type GeoContext, geoAzimuthalEqualArea, geoCentroid, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-50m.json";
import { LAC_COUNTRIES } from "@/lib/initiatives/countries";

/** The map's coordinate system: every path and centroid is in this viewBox. */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 900;

/** Below this projected area (px²) a country is hard to see or hit: draw a marker too. */
const SMALL_AREA = 120;
/** Points closer than this to the last kept one add bytes, not shape. */
const MIN_STEP = 0.8;

export type MapCountry = {
  code: string;
  path: string;
  centroid: [number, number];
  small: boolean;
};

export type RegionGeometry = {
  width: number;
  height: number;
  countries: MapCountry[];
  byCode: ReadonlyMap<string, MapCountry>;
};

type Shape = Feature<Polygon | MultiPolygon>;

// Natural Earth keeps these territories inside France's and the Netherlands' outlines;
// their polygons are picked out by where they lie (west, south, east, north).
const OVERSEAS: { code: string; parent: string; box: [number, number, number, number] }[] = [
  { code: "GF", parent: "250", box: [-55, 1, -51, 7] },
  { code: "GP", parent: "250", box: [-62, 15.8, -60.9, 16.6] },
  { code: "MQ", parent: "250", box: [-61.3, 14.3, -60.7, 15] },
  { code: "BQ", parent: "528", box: [-69, 11.8, -62.5, 18] },
];

function pickOverseas(parent: Shape, box: [number, number, number, number]): Shape | null {
  const polygons = parent.geometry.type === "Polygon" ? [parent.geometry.coordinates] : [];
  if (parent.geometry.type === "MultiPolygon") polygons.push(...parent.geometry.coordinates);
  const [west, south, east, north] = box;
  const inside = polygons.filter((rings) => {
    const [lon, lat] = geoCentroid({ type: "Polygon", coordinates: rings });
    return lon >= west && lon <= east && lat >= south && lat <= north;
  });
  if (inside.length === 0) return null;
  return {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPolygon", coordinates: inside as Position[][][] },
  };
}

/** Latin America and the Caribbean from the atlas, keyed by ISO alpha-2 code. */
function lacShapes(): Map<string, Shape> {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const wanted = new Set(LAC_COUNTRIES);
  const byNumeric = new Map(world.features.map((f) => [String(f.id), f]));
  const shapes = new Map<string, Shape>();
  for (const f of world.features) {
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    if (code && wanted.has(code)) shapes.set(code, f);
  }
  for (const { code, parent, box } of OVERSEAS) {
    const source = byNumeric.get(parent);
    const piece = source && !shapes.has(code) ? pickOverseas(source, box) : null;
    if (piece) shapes.set(code, piece);
  }
  return shapes;
}

/**
 * A path context that rounds to one decimal, drops points that barely move and rings
 * that collapse, and writes relative commands: under half the bytes of geoPath().digits(1).
 */
class CompactPath implements GeoContext {
  private out = "";
  private ring: [number, number][] = [];
  private largest = "";
  private largestSize = -1;

  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[round(x), round(y)]];
  }

  lineTo(x: number, y: number) {
    const last = this.ring[this.ring.length - 1];
    const point: [number, number] = [round(x), round(y)];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < MIN_STEP) return;
    this.ring.push(point);
  }

  closePath() {
    this.flush();
  }

  beginPath() {}

  arc() {}

  result(): string {
    this.flush();
    // A speck of an island still gets its biggest ring, so no country has an empty path.
    return this.out || this.largest;
  }

  private flush() {
    const ring = this.ring;
    this.ring = [];
    const [first, ...rest] = ring;
    if (!first) return;
    let d = `M${fmt(first[0])} ${fmt(first[1])}`;
    let [px, py] = first;
    for (const [x, y] of rest) {
      d += `l${fmt(round(x - px))} ${fmt(round(y - py))}`;
      px = x;
      py = y;
    }
    d += "z";
    if (rest.length >= 2) this.out += d;
    else if (rest.length > this.largestSize) {
      this.largest = d;
      this.largestSize = rest.length;
    }
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `0.5` → `.5`, `-0.5` → `-.5`: SVG accepts both, the short one saves bytes. */
function fmt(value: number): string {
  const text = String(value === 0 ? 0 : value);
  return text.replace(/^(-?)0\./, "$1.");
}

function build(): RegionGeometry {
  const shapes = lacShapes();
  const collection: FeatureCollection<Polygon | MultiPolygon> = {
    type: "FeatureCollection",
    features: [...shapes.values()],
  };
  // Lambert azimuthal equal-area centred on the region: areas compare fairly from
  // Mexico to Tierra del Fuego, without Mercator's swollen south.
  const projection = geoAzimuthalEqualArea()
    .rotate([78, 8])
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
      ],
      collection,
    );
  const measure = geoPath(projection);
  const list: MapCountry[] = [...shapes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, shape]) => {
      const context = new CompactPath();
      geoPath(projection, context)(shape);
      const [cx, cy] = measure.centroid(shape);
      return {
        code,
        path: context.result(),
        centroid: [round(cx), round(cy)],
        small: measure.area(shape) < SMALL_AREA,
      };
    });
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    countries: list,
    byCode: new Map(list.map((c) => [c.code, c])),
  };
}

let cached: RegionGeometry | undefined;

/** The projected LAC map, built once per process from the bundled atlas (no network). */
export function getRegionMap(): RegionGeometry {
  cached ??= build();
  return cached;
}

export type RegionShapes = {
  /** An SVG document holding every country's outline as `<path id="{code}">`, unpainted. */
  svg: string;
  /** Changes whenever the outlines do, so the file can be cached for good under its URL. */
  version: string;
};

let shapes: RegionShapes | undefined;

/**
 * The outlines as one file that maps reference with `<use href="…#CO">`: the browser
 * fetches and caches them once instead of every map page carrying them (twice: in its
 * HTML and in its React payload). Paint and stroke come from the referencing `<use>`.
 */
export function getRegionShapes(): RegionShapes {
  if (!shapes) {
    const { width, height, countries: list } = getRegionMap();
    const paths = list.map((c) => `<path id="${c.code}" d="${c.path}"/>`).join("");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${paths}</svg>`;
    shapes = { svg, version: createHash("sha256").update(svg).digest("hex").slice(0, 12) };
  }
  return shapes;
}

/** Where a map page finds the outlines: versioned, so a new atlas is never served stale. */
export function regionShapeHref(code: string): string {
  return `${REGION_SHAPES_PATH}?v=${getRegionShapes().version}#${code}`;
}

export const REGION_SHAPES_PATH = "/maps/lac-shapes.svg";
