import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "./current-locale";
import { CATALOGS } from "./messages";

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return { locale, messages: CATALOGS[locale], timeZone: "UTC" };
});
