import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { px } from "./axis";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";

const labels = { show: "Ver los datos", category: "Categoría" };

type ChartData = Pick<Parameters<typeof BarChart>[0], "series" | "rows">;

/** A chart's markup as the server sends it, in Spanish; only its data change per test. */
function draw(Chart: typeof BarChart | typeof LineChart, data: ChartData) {
  return renderToStaticMarkup(
    createElement(Chart, {
      id: "chart",
      title: "Gráfico",
      description: "Datos",
      locale: "es",
      labels,
      ...data,
    }),
  );
}

/** The labels an axis group writes, in order. */
function axisLabels(svg: string, anchor: "middle" | "end") {
  const group = svg.match(
    new RegExp(`<g fill="#334155" font-size="12" text-anchor="${anchor}">(.*?)</g>`),
  );
  return [...(group?.[1] ?? "").matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe("charts drawn on the server", () => {
  it("draw bars to scale with their totals, and an axis of round values in the page's language", () => {
    const html = draw(BarChart, {
      series: [{ key: "count", label: "Iniciativas" }],
      rows: [
        { label: "Emergente", values: { count: 2500 } },
        { label: "Consolidada", values: { count: 5000 } },
      ],
    });
    expect(axisLabels(html, "middle")).toEqual(["0", "1000", "2000", "3000", "4000", "5000"]);
    const widths = [...html.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(Math.abs((widths[1] ?? 0) - 2 * (widths[0] ?? 0))).toBeLessThanOrEqual(1);
    // Each total at its bar's end, and no coordinate longer than a tenth.
    expect(html).toContain(">2500</text>");
    expect(html).not.toMatch(/="-?\d+\.\d{2,}"/);
    // The rule and the six ticks one path, a label a tick, none of them nested svg.
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).not.toContain("<line");
    expect(html.match(/<path[^>]*d="M0 0H302(M[\d.]+ 0v6){6}"/)).not.toBeNull();
  });

  it("stack a row's series end to end, and cut only the labels too long to fit", () => {
    const long = "Participación global en el IGF y sus intersesiones";
    const html = draw(BarChart, {
      series: [
        { key: "unmatched", label: "Sin padrino", color: "#c2410c" },
        { key: "waiting", label: "Esperando", color: "#17694f" },
      ],
      rows: [
        { label: "Comité", values: { unmatched: 30, waiting: 10 } },
        { label: long, values: { unmatched: 0, waiting: 20 } },
      ],
    });
    // Each series is one group in its colour: the first starts every bar at 0, the second
    // where the first ended; a series with nothing in a row draws nothing there.
    const bars = (color: string) =>
      [
        ...(html.match(new RegExp(`<g fill="${color}">(.*?)</g>`))?.[1] ?? "").matchAll(
          /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g,
        ),
      ].map((m) => [Number(m[1]), Number(m[2])]);
    const [unmatched] = bars("#c2410c");
    expect(bars("#c2410c")).toHaveLength(1);
    expect(unmatched?.[0]).toBe(0);
    const waiting = bars("#17694f");
    expect(waiting).toHaveLength(2);
    expect(waiting[0]?.[0]).toBeCloseTo((unmatched?.[0] ?? 0) + (unmatched?.[1] ?? 0), 0);
    expect(waiting[1]?.[0]).toBe(0);
    // The short label as it is; the long one cut, whole in its tooltip.
    expect(html).toContain(">Comité</text>");
    expect(html).not.toContain("<title>Comité</title>");
    expect(html).toContain(`<title>${long}</title>Participación global…</text>`);
  });

  it("start a series after the ones before it in its row, even one with nothing there", () => {
    const html = draw(BarChart, {
      series: [
        { key: "done", label: "Hechos", color: "#17694f" },
        { key: "inProgress", label: "En curso", color: "#1d4ed8" },
        { key: "todo", label: "Por hacer", color: "#64748b" },
      ],
      rows: [{ label: "Base", values: { done: 30, inProgress: 0, todo: 20 } }],
    });
    const rect = (color: string) =>
      html
        .match(new RegExp(`<g fill="${color}">(<rect[^>]*>)?`))?.[1]
        ?.match(/x="([\d.]+)"[^>]*width="([\d.]+)"/)
        ?.slice(1)
        .map(Number);
    const done = rect("#17694f");
    expect(done?.[0]).toBe(0);
    expect(rect("#1d4ed8")).toBeUndefined();
    expect(rect("#64748b")?.[0]).toBeCloseTo((done?.[0] ?? 0) + (done?.[1] ?? 0), 0);
    expect(html).toContain(">50</text>");
  });

  it("keep a label of 21 characters whole and cut one of 22 to 20 and an ellipsis", () => {
    const fits = "Comunicación regional";
    const cut = "Comunicación regional!";
    expect([fits.length, cut.length]).toEqual([21, 22]);
    const html = draw(BarChart, {
      series: [{ key: "count", label: "Pedidos" }],
      rows: [
        { label: fits, values: { count: 1 } },
        { label: cut, values: { count: 2 } },
      ],
    });
    expect(html).toContain(`>${fits}</text>`);
    expect(html).not.toContain(`<title>${fits}</title>`);
    expect(html).toContain(`<title>${cut}</title>${cut.slice(0, 20)}…</text>`);
  });

  it("label a line chart's months along the bottom and its counts up the side", () => {
    const months = ["ene", "feb", "mar", "abr"];
    const html = draw(LineChart, {
      series: [{ key: "active", label: "Activos" }],
      rows: months.map((label, i) => ({ label, values: { active: i * 2 } })),
    });
    expect(axisLabels(html, "middle")).toEqual(months);
    expect(axisLabels(html, "end")).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
    expect(html).not.toMatch(/="-?\d+\.\d{2,}"/);
  });

  it("mark each line's points in its own shape, one path a line, to a tenth", () => {
    const months = ["ene", "feb", "mar", "abr", "may", "jun", "jul"];
    const html = draw(LineChart, {
      series: [
        { key: "active", label: "Activos" },
        { key: "completed", label: "Completados" },
        { key: "ended", label: "Terminados" },
      ],
      rows: months.map((label, i) => ({
        label,
        values: { active: i * 7, completed: i * 3, ended: i },
      })),
    });
    const markers = [
      ...html.matchAll(/<g fill="#[0-9a-f]{6}"><path[^>]*><\/path><path d="([^"]*)"/g),
    ].map((m) => m[1] ?? "");
    expect(markers).toHaveLength(3);
    // Seven points each: circles (two arcs), squares, triangles.
    expect(markers.map((d) => d.split("Z").length - 1)).toEqual([7, 7, 7]);
    expect(markers[0]?.match(/a4 4/g)).toHaveLength(14);
    expect(markers[1]?.match(/h8v8h-8/g)).toHaveLength(7);
    expect(markers[2]?.match(/l5 9h-10/g)).toHaveLength(7);
    // Each marker centred on its point of the line: the line's first point is where the
    // circle's left edge, the square's corner and the triangle's tip start from.
    const firstPoints = [...html.matchAll(/<path[^>]*d="M([\d.]+),([\d.]+)L/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(firstPoints).toHaveLength(3);
    const starts = markers.map((d) =>
      d
        .match(/^M([\d.]+) ([\d.]+)/)
        ?.slice(1)
        .map(Number),
    );
    const [[cx, cy], [sx, sy], [tx, ty]] = firstPoints as [
      [number, number],
      [number, number],
      [number, number],
    ];
    expect(starts[0]).toEqual([px(cx - 4), cy]);
    expect(starts[1]).toEqual([px(sx - 4), px(sy - 4)]);
    expect(starts[2]).toEqual([tx, px(ty - 5)]);
    // No coordinate anywhere, in an attribute or in a path, longer than a tenth.
    expect(html).not.toMatch(/\d\.\d{2,}/);
  });
});
