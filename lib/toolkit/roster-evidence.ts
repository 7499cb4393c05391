import type { CommitteeSummary } from "@/lib/initiatives/committee";

/** Whether the committee roster itself proves a committee step. */
export function rosterSatisfies(stepKey: string, summary: CommitteeSummary): boolean {
  switch (stepKey) {
    case "committee-3-groups":
      return summary.meetsMinimum;
    case "all-groups":
      return summary.allGroups;
    case "committee-diversity": {
      const { woman, man, non_binary } = summary.byGender;
      return woman + non_binary > 0 && man + non_binary > 0 && summary.places >= 2;
    }
    default:
      return false;
  }
}
