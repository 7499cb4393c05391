import { STAGES, type Stage } from "@/db/schema/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";
import { countryName } from "@/lib/initiatives/countries";
import type { CountrySummary, MapInitiative } from "@/lib/network/country-summary";

/** The map's words: stage names, an initiative's line and a country's accessible name. */
export function mapText(t: Translator, locale: Locale) {
  const stageName = (stage: Stage) => t(`enums.stage.${stage}`);
  const itemText = (initiative: MapInitiative, isShared: boolean) =>
    t(isShared ? "regionMap.sharedItem" : "regionMap.item", {
      name: initiative.name,
      stage: stageName(initiative.stage),
    });
  const list = new Intl.ListFormat(locale, { type: "unit" });
  // Every name while they all fit (a small network reads as before); counts once they do
  // not, so a country with hundreds of initiatives keeps a short accessible name.
  const contents = (summary: CountrySummary) => {
    const { own, shared } = summary;
    if (own.named.length === own.total && shared.named.length === shared.total)
      return [
        ...own.named.map((i) => itemText(i, false)),
        ...shared.named.map((i) => itemText(i, true)),
      ];
    const stages = [...STAGES]
      .reverse()
      .filter((stage) => summary.byStage[stage] > 0)
      .map((stage) =>
        t("regionMap.stageCount", { stage: stageName(stage), count: summary.byStage[stage] }),
      );
    return [
      own.total ? t("regionMap.ownCount", { count: own.total, stages: list.format(stages) }) : "",
      shared.total ? t("regionMap.sharedCount", { count: shared.total }) : "",
    ].filter(Boolean);
  };
  const countryLabel = (summary: CountrySummary) =>
    t("regionMap.countryLabel", {
      country: countryName(summary.code, locale),
      initiatives: list.format(contents(summary)),
    });
  return { stageName, itemText, countryLabel };
}
