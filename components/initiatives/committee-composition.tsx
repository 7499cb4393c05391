import { ProgressBar } from "@/components/ui/progress-bar";
import { GENDERS, STAKEHOLDER_GROUPS } from "@/db/schema/enums";
import type { CommitteeSummary } from "@/lib/initiatives/committee";

export type CompositionLabels = {
  title: string;
  groups: Record<(typeof STAKEHOLDER_GROUPS)[number], string>;
  genders: Record<(typeof GENDERS)[number], string>;
  groupsPresent: string;
  minimum: string;
  allGroups: string;
  missingMinimum: string;
  gender: string;
  places: string;
  empty: string;
};

const GENDER_COLORS = {
  woman: "bg-brand-600",
  man: "bg-accent-500",
  non_binary: "bg-sky-600",
  undisclosed: "bg-slate-400",
};

/** The committee at a glance: which of the five groups are present, gender balance, places. */
export function CommitteeComposition({
  summary,
  labels,
}: {
  summary: CommitteeSummary;
  labels: CompositionLabels;
}) {
  if (summary.total === 0) return <p className="text-slate-700">{labels.empty}</p>;
  return (
    <div className="space-y-5">
      <div>
        <div className="mb-1 flex justify-between text-sm">
          <span className="font-medium">{labels.groupsPresent}</span>
          <span className={summary.meetsMinimum ? "text-emerald-800" : "text-amber-900"}>
            {summary.allGroups
              ? labels.allGroups
              : summary.meetsMinimum
                ? labels.minimum
                : labels.missingMinimum}
          </span>
        </div>
        <ProgressBar
          value={summary.groupsPresent}
          max={STAKEHOLDER_GROUPS.length}
          label={labels.groupsPresent}
        />
      </div>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {STAKEHOLDER_GROUPS.map((group) => {
          const n = summary.byGroup[group];
          return (
            <li
              key={group}
              className={`rounded-md border p-2 text-center text-sm ${n > 0 ? "border-brand-600 bg-brand-50 text-brand-800" : "border-dashed border-slate-300 text-slate-600"}`}
            >
              <span aria-hidden="true" className="block text-lg font-bold">
                {n > 0 ? n : "–"}
              </span>
              <span>{labels.groups[group]}</span>
              <span className="sr-only">: {n}</span>
            </li>
          );
        })}
      </ul>
      <div>
        <p className="mb-1 text-sm font-medium">{labels.gender}</p>
        <div
          className="flex h-3 w-full overflow-hidden rounded-full bg-slate-200"
          aria-hidden="true"
        >
          {GENDERS.map((g) =>
            summary.byGender[g] > 0 ? (
              <div
                key={g}
                className={GENDER_COLORS[g]}
                style={{ width: `${(summary.byGender[g] / summary.total) * 100}%` }}
              />
            ) : null,
          )}
        </div>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {GENDERS.filter((g) => summary.byGender[g] > 0).map((g) => (
            <li key={g} className="inline-flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className={`inline-block h-2.5 w-2.5 rounded-full ${GENDER_COLORS[g]}`}
              />
              {labels.genders[g]}: {summary.byGender[g]}
            </li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-slate-700">{labels.places}</p>
    </div>
  );
}
