import Link from "next/link";
import { useId } from "react";
import type { NetworkMap } from "@/db/queries/network-map";
import { STAGES, type Stage } from "@/db/schema/enums";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { countryName } from "@/lib/initiatives/countries";
import {
  type CountrySummary,
  countryHref,
  summarizeCountries,
} from "@/lib/network/country-summary";
import { getRegionMap, regionShapeHref } from "@/lib/network/region-map";
import { mapText } from "./map-text";
import { RegionMapTable } from "./region-map-table";

export type RegionMapLabels = { title?: string; description?: string };

type Fill = Stage | "shared";

// Lightness rises with the stage and each fill has its own texture (dots, hatching,
// solid), so stages stay apart in greyscale and for colour-blind readers.
const FILLS: Record<
  Fill,
  { base: string; ink: string; texture: "dots" | "hatch" | "solid" | "rule" }
> = {
  emerging: { base: "#fbd6a4", ink: "#9a4a0b", texture: "dots" },
  developing: { base: "#8dcab1", ink: "#0c3f2f", texture: "hatch" },
  established: { base: "#11543f", ink: "#11543f", texture: "solid" },
  shared: { base: "#d9def2", ink: "#4f5d8a", texture: "rule" },
};
const LAND = "#d3dae3";
const SEA = "#f2f6fa";
const EDGE = "#334155";
// Hover and keyboard focus thicken the country's outline (focus also gets the site's ring).
const HIGHLIGHT =
  "[&_a:hover>*]:stroke-slate-900 [&_a:hover>*]:[stroke-width:2] [&_a:focus-visible>*]:stroke-accent-500 [&_a:focus-visible>*]:[stroke-width:3]";

function Pattern({ id, fill }: { id: string; fill: Fill }) {
  const { base, ink, texture } = FILLS[fill];
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={base} />
      {texture === "dots" ? <circle cx="3" cy="3" r="1.2" fill={ink} /> : null}
      {texture === "hatch" ? (
        <path d="M-1 1l2-2M0 6l6-6M5 7l2-2" stroke={ink} strokeWidth="1.3" />
      ) : null}
      {texture === "rule" ? <path d="M0 3h6" stroke={ink} strokeWidth="1" /> : null}
    </pattern>
  );
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg aria-hidden="true" width="28" height="18" className="shrink-0">
      <rect x="0.5" y="0.5" width="27" height="17" rx="3" fill={fill} stroke={EDGE} />
    </svg>
  );
}

/**
 * The network on a map of Latin America and the Caribbean, drawn on the server (no client
 * JavaScript; the outlines come from one cached file, see getRegionShapes): countries
 * coloured by their initiatives' stage, each one a link, followed by
 * a table with the same information for screen-reader and keyboard users. It names a few
 * initiatives per country and counts the rest, so its size does not grow with the network.
 */
export function RegionMap({
  map,
  locale,
  labels = {},
}: {
  map: NetworkMap;
  locale: Locale;
  labels?: RegionMapLabels;
}) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const t = translatorFor(locale);
  const geometry = getRegionMap();
  const { byCode, shared } = summarizeCountries(map);
  const collator = new Intl.Collator(locale);
  const text = mapText(t, locale);
  const { stageName, countryLabel } = text;
  const fillOf = (summary: CountrySummary | undefined): Fill | null =>
    summary?.stage ?? (summary?.shared.total ? "shared" : null);
  const patternUrl = (fill: Fill) => `url(#${uid}-${fill})`;

  const rows = [...byCode.values()].sort((a, b) =>
    collator.compare(countryName(a.code, locale), countryName(b.code, locale)),
  );
  // The legend counts what the map shows; countries outside it are only in the table.
  const counts = new Map<Fill, number>();
  for (const summary of rows) {
    const fill = geometry.byCode.has(summary.code) ? fillOf(summary) : null;
    if (fill) counts.set(fill, (counts.get(fill) ?? 0) + 1);
  }
  const plain = geometry.countries.filter((c) => !fillOf(byCode.get(c.code)));
  // Links in reading order, north to south, so Tab moves across the map sensibly.
  const linked = geometry.countries
    .filter((c) => fillOf(byCode.get(c.code)))
    .sort((a, b) => a.centroid[1] - b.centroid[1] || a.centroid[0] - b.centroid[0]);
  const legend: { fill: Fill | null; text: string }[] = [
    ...[...STAGES].reverse().map((stage) => ({ fill: stage, text: stageName(stage) })),
    { fill: "shared", text: t("regionMap.sharedOnly") },
    { fill: null, text: t("regionMap.none") },
  ];
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;

  return (
    <figure
      aria-labelledby={titleId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_17rem]">
        {/* No role="img": it would hide the country links inside from assistive technology.
            A named <svg> is a graphics document whose links stay reachable. */}
        <svg
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          aria-labelledby={titleId}
          aria-describedby={descId}
          className="h-auto w-full rounded-md"
          style={{ background: SEA }}
        >
          <title id={titleId}>{labels.title ?? t("regionMap.title")}</title>
          <desc id={descId}>
            {labels.description ?? t("regionMap.description", { countries: rows.length })}
          </desc>
          <defs>
            {(Object.keys(FILLS) as Fill[]).map((fill) => (
              <Pattern key={fill} id={`${uid}-${fill}`} fill={fill} />
            ))}
          </defs>
          <g fill={LAND} stroke="#ffffff" strokeWidth="0.6">
            {plain.map((c) => (
              <use key={c.code} href={regionShapeHref(c.code)} />
            ))}
          </g>
          <g strokeLinejoin="round" className={HIGHLIGHT}>
            {linked.map((c) => {
              const summary = byCode.get(c.code);
              const fill = fillOf(summary);
              if (!summary || !fill) return null;
              const label = countryLabel(summary);
              const paint = patternUrl(fill);
              return (
                <a key={c.code} href={countryHref(summary)} aria-label={label}>
                  <title>{label}</title>
                  <use
                    href={regionShapeHref(c.code)}
                    fill={paint}
                    stroke={c.small ? EDGE : "#ffffff"}
                    strokeWidth={c.small ? 0.4 : 0.8}
                  />
                  {c.small ? (
                    <circle
                      cx={c.centroid[0]}
                      cy={c.centroid[1]}
                      r={summary.stage ? 5.5 : 3}
                      fill={paint}
                      stroke={EDGE}
                      strokeWidth={summary.stage ? 1.2 : 0.8}
                    />
                  ) : null}
                </a>
              );
            })}
          </g>
        </svg>

        <div className="space-y-5 text-sm text-slate-800">
          <div>
            <h3 className="mb-2 font-semibold text-slate-900">{t("regionMap.legendTitle")}</h3>
            <ul className="space-y-2">
              {legend.map(({ fill, text }) => (
                <li key={fill ?? "none"} className="flex items-center gap-3">
                  <Swatch fill={fill ? patternUrl(fill) : LAND} />
                  <span>
                    {text}
                    {fill ? (
                      <span className="text-slate-600">
                        {" · "}
                        {t("regionMap.countries", { count: counts.get(fill) ?? 0 })}
                      </span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-slate-700">{t("regionMap.legendNote")}</p>
          </div>
          {shared.total > 0 ? (
            <div>
              <h3 className="mb-2 font-semibold text-slate-900">{t("regionMap.sharedTitle")}</h3>
              <ul className="space-y-1">
                {shared.named.map((i) => (
                  <li key={i.slug}>
                    <Link href={`/initiatives/${i.slug}`} className="text-brand-700 underline">
                      {i.name}
                    </Link>{" "}
                    <span className="text-slate-600">
                      · {stageName(i.stage)} · {t("regionMap.countries", { count: i.reach })}
                    </span>
                  </li>
                ))}
                {shared.total > shared.named.length ? (
                  <li>
                    {/* The directory has no "several countries" filter: it opens whole. */}
                    <Link href="/initiatives" className="font-medium text-brand-700 underline">
                      {t("regionMap.sharedMore", { count: shared.total - shared.named.length })}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </div>
          ) : null}
        </div>
      </div>

      <RegionMapTable rows={rows} locale={locale} t={t} text={text} />
    </figure>
  );
}
