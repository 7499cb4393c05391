import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";
import type { Reason } from "./score";

function reasonText(reason: Reason, t: Translator, list: Intl.ListFormat, locale: Locale): string {
  const topics = (ts: string[]) =>
    list.format(ts.map((x) => t(`enums.topic.${x}` as Parameters<Translator>[0]).toLowerCase()));
  switch (reason.kind) {
    case "covers":
      return t(reason.all ? "matching.reasons.coversAll" : "matching.reasons.coversSome", {
        topics: topics(reason.topics),
      });
    case "languages":
      return t("matching.reasons.languages", {
        languages: list.format(
          // Language names are capitalized in English only.
          reason.languages.map((l) =>
            locale === "en"
              ? t(`enums.workLanguage.${l}`)
              : t(`enums.workLanguage.${l}`).toLocaleLowerCase(locale),
          ),
        ),
      });
    case "sameSubRegion":
      return t("matching.reasons.sameSubRegion");
    case "sameRegion":
      return t("matching.reasons.sameRegion");
    case "experience":
      return t("matching.reasons.experience", { topics: topics(reason.topics) });
    case "places":
      return t("matching.reasons.places", { free: reason.free, capacity: reason.capacity });
    case "busy":
      return t("matching.reasons.busy", { active: reason.active });
  }
}

/** A suggestion's reasons in words, in the reader's language, joined into one sentence. */
export function explainReasons(reasons: Reason[], t: Translator, locale: Locale): string {
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return reasons.map((reason) => reasonText(reason, t, list, locale)).join("; ");
}
