import { currentLocale } from "./current-locale";
import { translatorFor } from "./messages";

/** The request's locale and a translator over the whole catalog, for server pages. */
export async function pageI18n() {
  const locale = await currentLocale();
  return { locale, t: translatorFor(locale) };
}
