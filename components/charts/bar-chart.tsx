import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { numberFormat } from "@/lib/i18n/format";
import { Axis, px } from "./axis";
import { ChartFrame, type ChartTableLabels } from "./chart-frame";
import { type ChartSeries, colorOf } from "./palette";

export type BarRow = { label: string; values: Record<string, number> };

const WIDTH = 520;
const LEFT = 170;
const RIGHT = 48;
const ROW = 30;
const AXIS = 28;

/**
 * Horizontal bars, stacked when there are several series; drawn on the server as SVG (no
 * client script) with visx, each bar's total written at its end.
 */
export function BarChart({
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
  rows: BarRow[];
  locale: string;
  labels: ChartTableLabels;
}) {
  const number = numberFormat(locale);
  const totals = rows.map((r) => series.reduce((sum, s) => sum + (r.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const height = rows.length * ROW + AXIS;
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LEFT - RIGHT], nice: true });
  const y = scaleBand<string>({
    domain: rows.map((r) => r.label),
    range: [0, rows.length * ROW],
    padding: 0.25,
  });
  const ticks = Math.min(5, x.domain()[1] ?? 1);
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      series={series}
      rows={rows}
      format={(n) => number.format(n)}
      labels={labels}
      viewBox={{ width: WIDTH, height }}
    >
      {/* The labels' and totals' type and colour, once for all of them. */}
      <Group left={LEFT} className="fill-slate-800 text-[13px]">
        {rows.map((row, r) => {
          let start = 0;
          const top = y(row.label) ?? 0;
          return (
            <g key={row.label}>
              <text
                x={-8}
                y={px(top + y.bandwidth() / 2)}
                textAnchor="end"
                dominantBaseline="middle"
              >
                <title>{row.label}</title>
                {row.label.length > 21 ? `${row.label.slice(0, 20)}…` : row.label}
              </text>
              {series.map((s, i) => {
                const value = row.values[s.key] ?? 0;
                const left = x(start);
                start += value;
                return value > 0 ? (
                  <Bar
                    key={s.key}
                    x={px(left)}
                    y={px(top)}
                    width={px(Math.max(1, x(start) - left))}
                    height={px(y.bandwidth())}
                    fill={colorOf(series, i)}
                    stroke="#fff"
                    strokeWidth={1}
                  />
                ) : null;
              })}
              <text
                x={px(x(totals[r] ?? 0) + 6)}
                y={px(top + y.bandwidth() / 2)}
                dominantBaseline="middle"
                className="font-semibold"
              >
                {number.format(totals[r] ?? 0)}
              </text>
            </g>
          );
        })}
        <Axis
          side="bottom"
          offset={rows.length * ROW}
          length={WIDTH - LEFT - RIGHT}
          ticks={x.ticks(ticks).map((v) => ({ at: x(v), label: number.format(v) }))}
        />
      </Group>
    </ChartFrame>
  );
}
