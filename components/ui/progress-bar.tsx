/** A labelled bar for a share of a whole; screen readers get the same numbers as text. */
export function ProgressBar({
  value,
  max,
  label,
  tone = "brand",
}: {
  value: number;
  max: number;
  label: string;
  tone?: "brand" | "accent";
}) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className={`h-full rounded-full ${tone === "brand" ? "bg-brand-600" : "bg-accent-500"}`}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
