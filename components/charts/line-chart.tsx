import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { numberFormat } from "@/lib/i18n/format";
import { Axis, px } from "./axis";
import { ChartFrame, type ChartTableLabels } from "./chart-frame";
import { type ChartSeries, colorOf } from "./palette";

const WIDTH = 900;
const HEIGHT = 280;
const MARGIN = { top: 12, right: 16, bottom: 32, left: 44 };
const PLOT = {
  width: WIDTH - MARGIN.left - MARGIN.right,
  height: HEIGHT - MARGIN.top - MARGIN.bottom,
};

// Marker shapes tell the lines apart without relying on colour: a circle, a square, a
// triangle. A series' markers are one path.
function marker(shape: number, x: number, y: number): string {
  if (shape % 3 === 1) return `M${px(x - 4)} ${px(y - 4)}h8v8h-8Z`;
  if (shape % 3 === 2) return `M${x} ${px(y - 5)}l5 9h-10Z`;
  return `M${px(x - 4)} ${y}a4 4 0 1 0 8 0a4 4 0 1 0-8 0Z`;
}

/** Lines over time (one point per period), server-rendered SVG with visx. */
export function LineChart({
  id,
  title,
  description,
  series,
  rows,
  locale,
  labels,
}: {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  rows: { label: string; values: Record<string, number> }[];
  locale: string;
  labels: ChartTableLabels;
}) {
  const number = numberFormat(locale);
  const max = Math.max(1, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const x = scalePoint<string>({
    domain: rows.map((r) => r.label),
    range: [0, PLOT.width],
    padding: 0.3,
  });
  const y = scaleLinear<number>({
    domain: [0, max],
    range: [PLOT.height, 0],
    nice: true,
  });
  // Label every other month when the axis gets crowded.
  const every = rows.length > 8 ? 2 : 1;
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      series={series}
      rows={rows}
      format={(n) => number.format(n)}
      labels={labels}
      viewBox={{ width: WIDTH, height: HEIGHT }}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        {series.map((s, i) => {
          const points = rows.map(
            (r) => [px(x(r.label) ?? 0), px(y(r.values[s.key] ?? 0))] as const,
          );
          return (
            <g key={s.key} fill={colorOf(series, i)}>
              <LinePath
                data={points}
                x={(point) => point[0]}
                y={(point) => point[1]}
                stroke={colorOf(series, i)}
                strokeWidth={2.5}
                strokeDasharray={i === 0 ? undefined : i === 1 ? "6 3" : "2 3"}
              />
              <path d={points.map((point) => marker(i, ...point)).join("")} />
            </g>
          );
        })}
        <Axis
          side="left"
          length={PLOT.height}
          ticks={y
            .ticks(Math.min(5, y.domain()[1] ?? 1))
            .map((v) => ({ at: y(v), label: number.format(v) }))}
        />
        <Axis
          side="bottom"
          offset={PLOT.height}
          length={PLOT.width}
          ticks={rows
            .filter((_, i) => i % every === 0)
            .map((r) => ({ at: x(r.label) ?? 0, label: r.label }))}
        />
      </Group>
    </ChartFrame>
  );
}
