import type { CompositionLabels } from "@/components/initiatives/committee-composition";
import { GENDERS, STAKEHOLDER_GROUPS } from "@/db/schema/enums";
import type { Translator } from "@/lib/i18n/messages";
import type { CommitteeSummary } from "@/lib/initiatives/committee";

export function compositionLabels(t: Translator, summary: CommitteeSummary): CompositionLabels {
  return {
    title: t("committee.title"),
    groups: Object.fromEntries(
      STAKEHOLDER_GROUPS.map((g) => [g, t(`enums.group.${g}`)]),
    ) as CompositionLabels["groups"],
    genders: Object.fromEntries(
      GENDERS.map((g) => [g, t(`enums.gender.${g}`)]),
    ) as CompositionLabels["genders"],
    groupsPresent: t("committee.groupsPresent", { count: summary.groupsPresent }),
    minimum: t("committee.minimum"),
    allGroups: t("committee.allGroups"),
    missingMinimum: t("committee.missingMinimum"),
    gender: t("committee.gender"),
    places: t("committee.places", { count: summary.places }),
    empty: t("committee.empty"),
  };
}
