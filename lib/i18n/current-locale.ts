import { cookies, headers } from "next/headers";
import type { Locale } from "./locales";
import { LOCALE_COOKIE } from "./locales";
import { resolveLocale } from "./negotiate";

/** The locale of the current request, for code that runs outside rendering (actions, mail). */
export async function currentLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
}
