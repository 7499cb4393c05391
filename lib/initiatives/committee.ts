import { GENDERS, type Gender, STAKEHOLDER_GROUPS, type StakeholderGroup } from "@/db/schema/enums";

export type CommitteeEntry = {
  stakeholderGroup: StakeholderGroup;
  gender: Gender | null;
  city: string | null;
  country: string | null;
};

export const MIN_GROUPS = 3;

/** What the toolkit asks of a committee: at least three groups, all five over time, diversity. */
export function summarizeCommittee(entries: CommitteeEntry[]) {
  const byGroup = Object.fromEntries(STAKEHOLDER_GROUPS.map((g) => [g, 0])) as Record<
    StakeholderGroup,
    number
  >;
  const byGender = Object.fromEntries(GENDERS.map((g) => [g, 0])) as Record<Gender, number>;
  const places = new Set<string>();
  for (const entry of entries) {
    byGroup[entry.stakeholderGroup] += 1;
    byGender[entry.gender ?? "undisclosed"] += 1;
    const place = [entry.city?.trim().toLowerCase(), entry.country].filter(Boolean).join("|");
    if (place) places.add(place);
  }
  const groupsPresent = STAKEHOLDER_GROUPS.filter((g) => byGroup[g] > 0).length;
  return {
    total: entries.length,
    byGroup,
    byGender,
    groupsPresent,
    meetsMinimum: groupsPresent >= MIN_GROUPS,
    allGroups: groupsPresent === STAKEHOLDER_GROUPS.length,
    places: places.size,
  };
}

export type CommitteeSummary = ReturnType<typeof summarizeCommittee>;
