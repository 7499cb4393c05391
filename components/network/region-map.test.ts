import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MapPlacement, NetworkMap } from "@/db/queries/network-map";
import type { Stage } from "@/db/schema/enums";
import type { Locale } from "@/lib/i18n/locales";
import { RegionMap } from "./region-map";

function placed(code: string, slug: string, stage: Stage, group: Partial<MapPlacement>) {
  return {
    code,
    slug,
    name: `Name ${slug}`,
    stage,
    recognized: false,
    shared: false,
    rank: 1,
    total: 1,
    emerging: 0,
    developing: 0,
    established: 0,
    [stage]: 1,
    ...group,
  } satisfies MapPlacement;
}

const render = (map: NetworkMap, locale: Locale = "es") =>
  renderToStaticMarkup(createElement(RegionMap, { map, locale }));

/** The table row of a country, by its row header. */
const rowOf = (html: string, country: string) =>
  html.match(new RegExp(`<th scope="row"[^>]*>${country}</th>.*?</tr>`))?.[0] ?? "";

// Mexico: 200 of its own (5 named) and 12 shared (5 named): more than the table names.
const mexico = { total: 200, established: 3, developing: 90, emerging: 107 };
const big: NetworkMap = {
  placements: [
    ...[1, 2, 3].map((n) => placed("MX", `mx-${n}`, "established", { ...mexico, rank: n })),
    ...[4, 5].map((n) => placed("MX", `mx-${n}`, "developing", { ...mexico, rank: n })),
    ...[1, 2, 3, 4, 5].map((n) =>
      placed("MX", `forum-${n}`, "emerging", { shared: true, total: 12, rank: n }),
    ),
    placed("UY", "uy", "developing", { recognized: true }),
  ],
  shared: Array.from({ length: 10 }, (_, n) => ({
    slug: `forum-${n + 1}`,
    name: `Name forum-${n + 1}`,
    stage: "emerging" as const,
    recognized: false,
    reach: 2,
  })),
  sharedTotal: 25,
};

describe("the region map of a large network", () => {
  const html = render(big);

  it("names five of a country's initiatives, then links the rest in the directory", () => {
    const row = rowOf(html, "México");
    const links = [...row.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `/initiatives/mx-${n}`),
      "/initiatives?country=MX",
    ]);
    expect(row).not.toContain("forum-");
    expect(row).toContain('y 207 más<span class="sr-only"> (México)</span></a>');
  });

  it("gives the country counts for a name, not hundreds of names", () => {
    const link = html.match(/<a href="\/initiatives\?country=MX" aria-label="([^"]*)">/);
    expect(link?.[1]).toBe(
      "México: 200 iniciativas propias (Consolidada: 3, En desarrollo: 90 y Emergente: 107) y 12 iniciativas de varios países",
    );
    expect(html).toContain(`<title>${link?.[1]}</title>`);
  });

  it("lists ten multi-country initiatives and links the rest", () => {
    expect(html.match(/· 2 países/g)).toHaveLength(10);
    expect(html).toContain(
      '<a class="font-medium text-brand-700 underline" href="/initiatives">y 15 más en el directorio</a>',
    );
  });

  it("draws countries from the shared outlines file, not inline paths", () => {
    expect(html).toMatch(/<use href="\/maps\/lac-shapes\.svg\?v=[0-9a-f]{12}#MX" fill="url\(#/);
    expect(html).toMatch(/<use href="\/maps\/lac-shapes\.svg\?v=[0-9a-f]{12}#BR"><\/use>/);
    expect(html.length).toBeLessThan(40_000);
  });

  it("keeps a small country as before: its initiative's page and name, no count", () => {
    expect(html).toContain(
      '<a href="/initiatives/uy" aria-label="Uruguay: Name uy (En desarrollo)">',
    );
    expect(rowOf(html, "Uruguay")).not.toContain("más");
  });

  it("says it in English and Portuguese too, in the singular when it is one", () => {
    // Mexico's five own are named; one shared initiative is left.
    const one: NetworkMap = {
      ...big,
      placements: big.placements.map((p) =>
        p.code === "MX" ? { ...p, total: p.shared ? 1 : 5 } : p,
      ),
    };
    expect(rowOf(render(one, "en"), "Mexico")).toContain(
      'and 1 more<span class="sr-only"> (Mexico)</span>',
    );
    expect(rowOf(render(one, "pt"), "México")).toContain(
      'e mais 1<span class="sr-only"> (México)</span>',
    );
  });
});
