import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./locales";

/** Stores the language choice in this browser for a year. */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
  });
}
