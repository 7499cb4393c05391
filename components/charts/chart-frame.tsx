import type { ReactNode } from "react";
import { type ChartSeries, colorOf } from "./palette";

export type ChartTableLabels = { show: string; category: string; caption?: string };

// Cells take their styles from the table, not a class each: every class is written twice per
// element (in the HTML and in React's payload for the browser), and a page has seven tables.
const DATA_TABLE = [
  "mt-2 min-w-full text-left",
  "[&_th]:py-1 [&_th]:pr-3 [&_td]:py-1 [&_td]:pr-3 [&_td]:text-right [&_td]:tabular-nums",
  "[&_thead_th:not(:first-child)]:text-right [&_tbody_th]:font-normal",
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100",
].join(" ");

/**
 * What every chart shares: a titled figure with its drawing, a legend in words, and the same figures as a
 * table for people who would rather read than look (and for screen readers).
 */
export function ChartFrame({
  id,
  title,
  description,
  series,
  rows,
  format,
  labels,
  viewBox,
  children,
}: {
  id: string;
  /** The drawing's coordinate box; the SVG scales to the figure's width. */
  viewBox: { width: number; height: number };
  title: string;
  description: string;
  series: ChartSeries[];
  rows: { label: string; values: Record<string, number> }[];
  format: (n: number) => string;
  labels: ChartTableLabels;
  children: ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <figcaption id={`${id}-title`} className="font-semibold text-slate-900">
        {title}
      </figcaption>
      <p id={`${id}-desc`} className="text-sm text-slate-700">
        {description}
      </p>
      {series.length > 1 ? (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
          {series.map((s, i) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-sm"
                style={{ backgroundColor: colorOf(series, i) }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3">
        <svg
          viewBox={`0 0 ${viewBox.width} ${viewBox.height}`}
          className="h-auto w-full"
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title>{title}</title>
          {children}
        </svg>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-800 underline">{labels.show}</summary>
        <table className={DATA_TABLE}>
          <caption className="sr-only">{labels.caption ?? title}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col">{labels.category}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{format(row.values[s.key] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
