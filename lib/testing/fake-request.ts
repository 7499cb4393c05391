import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

/** A stand-in for next/headers in integration tests: a cookie jar and request headers. */
export const jar = new Map<string, string>();
export const requestHeaders = new Headers({ "x-forwarded-for": "203.0.113.7" });

export function setRequestLocale(locale: Locale | undefined) {
  if (locale) jar.set(LOCALE_COOKIE, locale);
  else jar.delete(LOCALE_COOKIE);
}

export const nextHeadersModule = {
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => requestHeaders,
};
