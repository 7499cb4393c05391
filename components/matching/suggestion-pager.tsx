import { Pager } from "@/components/ui/pager";
import type { Translator } from "@/lib/i18n/messages";
import type { SuggestionPage } from "@/lib/matching/suggestion-page";

/** Previous / next pages of a ranked suggestion list, with where the reader is. */
export function SuggestionPager({
  t,
  suggestions,
  href,
}: {
  t: Translator;
  suggestions: SuggestionPage<unknown>;
  href: (page: number) => string;
}) {
  return (
    <Pager
      t={t}
      label={t("mentorship.suggestionPages")}
      page={suggestions.page}
      href={href}
      place={{ pages: suggestions.pages }}
    />
  );
}
