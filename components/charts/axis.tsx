/** Where a tick goes along its axis, and what it says. */
export type Tick = { at: number; label: string };

const RULE = "#64748b";
const LABEL = "#334155";
const TICK = 6;

/** Coordinates to a tenth of a unit: finer adds characters, not sharpness. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * An axis as plain SVG: its rule and a short tick at each value drawn as one path, and each
 * tick's label, the labels styled once on their group. visx's axis wraps each label in an
 * svg, a text and a tspan and measures it, which was a quarter of the dashboard's markup
 * and of its render.
 */
export function Axis({
  side,
  offset = 0,
  length,
  ticks,
}: {
  /** Below the plot (labels centred under their ticks) or left of it (labels to the left). */
  side: "bottom" | "left";
  /** How far down the plot a bottom axis sits. */
  offset?: number;
  /** The rule's length along the plot. */
  length: number;
  ticks: Tick[];
}) {
  const bottom = side === "bottom";
  return (
    <g transform={bottom ? `translate(0, ${px(offset)})` : undefined}>
      {/* The rule and every tick as one path. */}
      <path
        stroke={RULE}
        d={[
          bottom ? `M0 0H${px(length)}` : `M0 0V${px(length)}`,
          ...ticks.map((tick) =>
            bottom ? `M${px(tick.at)} 0v${TICK}` : `M0 ${px(tick.at)}h${-TICK}`,
          ),
        ].join("")}
      />
      <g fill={LABEL} fontSize={12} textAnchor={bottom ? "middle" : "end"}>
        {ticks.map((tick) =>
          bottom ? (
            <text key={tick.label} x={px(tick.at)} y={TICK + 14}>
              {tick.label}
            </text>
          ) : (
            <text key={tick.label} x={-TICK - 4} y={px(tick.at) + 4}>
              {tick.label}
            </text>
          ),
        )}
      </g>
    </g>
  );
}
