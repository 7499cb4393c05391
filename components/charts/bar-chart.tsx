import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
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
/** Longer labels are cut, with the whole label as their tooltip. */
const LABEL_MAX = 21;

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
  // Where each series' bar starts and ends along its row.
  const stacks = rows.map((row) => {
    let to = 0;
    return series.map((s) => {
      const from = to;
      to += row.values[s.key] ?? 0;
      return { from, to };
    });
  });
  const totals = stacks.map((stack) => stack.at(-1)?.to ?? 0);
  const max = Math.max(1, ...totals);
  const height = rows.length * ROW + AXIS;
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LEFT - RIGHT], nice: true });
  const y = scaleBand<string>({
    domain: rows.map((r) => r.label),
    range: [0, rows.length * ROW],
    padding: 0.25,
  });
  const ticks = Math.min(5, x.domain()[1] ?? 1);
  const middle = (row: BarRow) => (y(row.label) ?? 0) + y.bandwidth() / 2;
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
      {/* Type and colour written once for each kind of mark, not on every one. */}
      <Group left={LEFT} className="fill-slate-800 text-[13px]">
        {/* dominant-baseline stays on each text: WebKit does not inherit it from a group. */}
        <g textAnchor="end">
          {rows.map((row) => (
            <text key={row.label} x={-8} y={px(middle(row))} dominantBaseline="middle">
              {row.label.length > LABEL_MAX ? (
                <>
                  <title>{row.label}</title>
                  {`${row.label.slice(0, LABEL_MAX - 1)}…`}
                </>
              ) : (
                row.label
              )}
            </text>
          ))}
        </g>
        <g stroke="#fff">
          {series.map((s, i) => (
            <g key={s.key} fill={colorOf(series, i)}>
              {rows.map((row, r) => {
                const { from, to } = stacks[r]?.[i] ?? { from: 0, to: 0 };
                return to > from ? (
                  <rect
                    key={row.label}
                    x={px(x(from))}
                    y={px(y(row.label) ?? 0)}
                    width={px(Math.max(1, x(to) - x(from)))}
                    height={px(y.bandwidth())}
                  />
                ) : null;
              })}
            </g>
          ))}
        </g>
        <g className="font-semibold">
          {rows.map((row, r) => (
            <text
              key={row.label}
              x={px(x(totals[r] ?? 0) + 6)}
              y={px(middle(row))}
              dominantBaseline="middle"
            >
              {number.format(totals[r] ?? 0)}
            </text>
          ))}
        </g>
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
