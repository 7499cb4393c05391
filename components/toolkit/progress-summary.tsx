import Link from "next/link";
import { ProgressBar } from "@/components/ui/progress-bar";

export type PhaseBar = {
  key: string;
  label: string;
  done: number;
  applicable: number;
  percent: number;
};

/** Overall progress and one bar per phase; each bar carries its numbers for screen readers. */
export function ProgressSummary({
  overall,
  counts,
  overallLabel,
  percent,
  done,
  applicable,
  phases,
  phaseLabel,
  next,
}: {
  overall: string;
  counts: string;
  overallLabel: string;
  percent: number;
  done: number;
  applicable: number;
  phases: PhaseBar[];
  phaseLabel: (phase: string) => string;
  next?:
    | { label: string; title: string; href: string }
    | { label: string; title: null; href: null };
}) {
  return (
    <div className="space-y-5">
      <div>
        <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
          <span className="text-2xl font-bold text-brand-800">{overall}</span>
          <span className="text-sm text-slate-700">{counts}</span>
        </div>
        <ProgressBar
          value={done}
          max={Math.max(applicable, 1)}
          label={`${overallLabel}: ${percent}%`}
        />
      </div>
      <ul className="space-y-2">
        {phases.map((phase) => (
          <li
            key={phase.key}
            className="grid grid-cols-[minmax(8rem,12rem)_1fr_3.5rem] items-center gap-3 text-sm"
          >
            <span>{phase.label}</span>
            <ProgressBar
              value={phase.done}
              max={Math.max(phase.applicable, 1)}
              label={`${phaseLabel(phase.label)}: ${phase.percent}%`}
              tone="accent"
            />
            <span className="text-right tabular-nums text-slate-700">
              {phase.done}/{phase.applicable}
            </span>
          </li>
        ))}
      </ul>
      {next ? (
        <p className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm">
          <strong>{next.label}</strong>{" "}
          {next.href ? (
            <Link href={next.href} className="text-brand-800 underline">
              {next.title}
            </Link>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
