import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { ChartFrame, type ChartTableLabels } from "./chart-frame";
import { type ChartSeries, colorOf } from "./palette";

const WIDTH = 900;
const HEIGHT = 280;
const MARGIN = { top: 12, right: 16, bottom: 32, left: 44 };

// Marker shapes tell the lines apart without relying on colour.
function Marker({ shape, x, y, color }: { shape: number; x: number; y: number; color: string }) {
  if (shape % 3 === 1) return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  if (shape % 3 === 2)
    return <path d={`M${x},${y - 5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`} fill={color} />;
  return <circle cx={x} cy={y} r={4} fill={color} />;
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
  const number = new Intl.NumberFormat(locale);
  const max = Math.max(1, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const x = scalePoint<string>({
    domain: rows.map((r) => r.label),
    range: [0, WIDTH - MARGIN.left - MARGIN.right],
    padding: 0.3,
  });
  const y = scaleLinear<number>({
    domain: [0, max],
    range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0],
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
        {series.map((s, i) => (
          <g key={s.key}>
            <LinePath
              data={rows}
              x={(r) => x(r.label) ?? 0}
              y={(r) => y(r.values[s.key] ?? 0)}
              stroke={colorOf(series, i)}
              strokeWidth={2.5}
              strokeDasharray={i === 0 ? undefined : i === 1 ? "6 3" : "2 3"}
            />
            {rows.map((r) => (
              <Marker
                key={r.label}
                shape={i}
                x={x(r.label) ?? 0}
                y={y(r.values[s.key] ?? 0)}
                color={colorOf(series, i)}
              />
            ))}
          </g>
        ))}
        <AxisLeft
          scale={y}
          numTicks={Math.min(5, y.domain()[1] ?? 1)}
          tickFormat={(v) => number.format(Number(v))}
          stroke="#64748b"
          tickStroke="#64748b"
          tickLabelProps={{ fill: "#334155", fontSize: 12, textAnchor: "end", dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={HEIGHT - MARGIN.top - MARGIN.bottom}
          scale={x}
          tickValues={rows.map((r) => r.label).filter((_, i) => i % every === 0)}
          stroke="#64748b"
          tickStroke="#64748b"
          tickLabelProps={{ fill: "#334155", fontSize: 12, textAnchor: "middle" }}
        />
      </Group>
    </ChartFrame>
  );
}
