import type { FieldSpec } from "@/components/forms/field";
import type { InitiativeProfile } from "@/db/queries/initiatives";
import { INITIATIVE_KINDS, STAGES, SUB_REGIONS, WORK_LANGUAGES } from "@/db/schema/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";
import { COUNTRY_CODES, countryOptions, LAC_COUNTRIES } from "@/lib/initiatives/countries";
import { DESCRIPTION_MAX } from "@/lib/validation/initiative";

/** The profile form, shared by "register" and "edit"; `current` fills it when editing. */
export function initiativeFields(
  t: Translator,
  locale: Locale,
  current?: InitiativeProfile,
): FieldSpec[] {
  const lac = new Set(LAC_COUNTRIES);
  const countries = [
    ...countryOptions(locale, LAC_COUNTRIES).map((o) => ({
      ...o,
      group: t("initiatives.lacGroup"),
    })),
    ...countryOptions(
      locale,
      COUNTRY_CODES.filter((c) => !lac.has(c)),
    ).map((o) => ({ ...o, group: t("initiatives.otherGroup") })),
  ];
  const f = (key: string) => t(`initiativeForm.${key}` as Parameters<Translator>[0]);
  return [
    { name: "name", label: f("name"), required: true, maxLength: 150, defaultValue: current?.name },
    { name: "acronym", label: f("acronym"), maxLength: 20, defaultValue: current?.acronym ?? "" },
    {
      name: "kind",
      label: f("kind"),
      type: "select",
      required: true,
      defaultValue: current?.kind ?? "national",
      options: INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`enums.kind.${k}`) })),
    },
    {
      name: "countries",
      label: f("countries"),
      type: "multiselect",
      required: true,
      hint: f("countriesHint"),
      defaultValue: current?.countries ?? [],
      options: countries,
    },
    {
      name: "subRegion",
      label: f("subRegion"),
      type: "select",
      required: true,
      defaultValue: current?.subRegion ?? "south_america",
      options: SUB_REGIONS.map((r) => ({ value: r, label: t(`enums.subRegion.${r}`) })),
    },
    {
      name: "languages",
      label: f("languages"),
      type: "checkboxes",
      required: true,
      defaultValue: current?.languages ?? ["es"],
      options: WORK_LANGUAGES.map((l) => ({ value: l, label: t(`enums.workLanguage.${l}`) })),
    },
    {
      name: "stage",
      label: f("stage"),
      type: "select",
      required: true,
      defaultValue: current?.stage ?? "emerging",
      options: STAGES.map((s) => ({ value: s, label: t(`enums.stage.${s}`) })),
    },
    {
      name: "yearEstablished",
      label: f("yearEstablished"),
      type: "number",
      min: 2005,
      max: new Date().getUTCFullYear(),
      defaultValue: current?.yearEstablished?.toString() ?? "",
    },
    { name: "website", label: f("website"), type: "url", defaultValue: current?.website ?? "" },
    {
      name: "mailingList",
      label: f("mailingList"),
      type: "url",
      defaultValue: current?.mailingList ?? "",
    },
    {
      name: "contactEmail",
      label: f("contactEmail"),
      type: "email",
      defaultValue: current?.contactEmail ?? "",
    },
    {
      name: "description",
      label: f("description"),
      type: "textarea",
      rows: 6,
      hint: t("initiativeForm.descriptionHint", { max: DESCRIPTION_MAX }),
      defaultValue: current?.description ?? "",
    },
    {
      name: "fundingSources",
      label: f("fundingSources"),
      type: "textarea",
      rows: 3,
      hint: f("fundingHint"),
      defaultValue: current?.fundingSources.join("\n") ?? "",
    },
    {
      name: "checklistPublic",
      label: f("checklistPublic"),
      type: "checkbox",
      hint: f("checklistPublicHint"),
      defaultValue: current?.checklistPublic ? "on" : "",
    },
  ];
}
