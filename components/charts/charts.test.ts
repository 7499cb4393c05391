import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";

const labels = { show: "Ver los datos", category: "Categoría" };

/** The labels an axis group writes, in order. */
function axisLabels(svg: string, anchor: "middle" | "end") {
  const group = svg.match(
    new RegExp(`<g fill="#334155" font-size="12" text-anchor="${anchor}">(.*?)</g>`),
  );
  return [...(group?.[1] ?? "").matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe("charts drawn on the server", () => {
  it("draw bars to scale with their totals, and an axis of round values in the page's language", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        id: "by-stage",
        title: "Iniciativas por etapa",
        description: "Cuántas hay en cada etapa",
        series: [{ key: "count", label: "Iniciativas" }],
        rows: [
          { label: "Emergente", values: { count: 2500 } },
          { label: "Consolidada", values: { count: 5000 } },
        ],
        locale: "es",
        labels,
      }),
    );
    expect(axisLabels(html, "middle")).toEqual(["0", "1000", "2000", "3000", "4000", "5000"]);
    const widths = [...html.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(Math.abs((widths[1] ?? 0) - 2 * (widths[0] ?? 0))).toBeLessThanOrEqual(1);
    // Each total at its bar's end, and no coordinate longer than a tenth.
    expect(html).toContain(">2500</text>");
    expect(html).not.toMatch(/="-?\d+\.\d{2,}"/);
    // Two elements a tick (its line and its label), none of them nested svg.
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html.match(/<line/g)).toHaveLength(1 + 6);
  });

  it("label a line chart's months along the bottom and its counts up the side", () => {
    const months = ["ene", "feb", "mar", "abr"];
    const html = renderToStaticMarkup(
      createElement(LineChart, {
        id: "timeline",
        title: "Padrinazgos",
        description: "Activos cada mes",
        series: [{ key: "active", label: "Activos" }],
        rows: months.map((label, i) => ({ label, values: { active: i * 2 } })),
        locale: "es",
        labels,
      }),
    );
    expect(axisLabels(html, "middle")).toEqual(months);
    expect(axisLabels(html, "end")).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
    expect(html).not.toMatch(/="-?\d+\.\d{2,}"/);
  });
});
