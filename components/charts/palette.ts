// Each colour keeps at least 3:1 contrast against white (WCAG 1.4.11 for graphics), and
// neighbours differ in lightness as well as hue; legends and data tables carry the numbers.
export const CHART_COLORS = ["#17694f", "#c2410c", "#1d4ed8", "#64748b", "#7c3aed"] as const;

export type ChartSeries = { key: string; label: string; color?: string };

export function colorOf(series: ChartSeries[], index: number): string {
  return series[index]?.color ?? CHART_COLORS[index % CHART_COLORS.length] ?? "#17694f";
}
