import countries from "i18n-iso-countries";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** Every ISO 3166-1 alpha-2 code. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
const KNOWN = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return KNOWN.has(value);
}

/** Latin America and the Caribbean first: the network starts there. */
export const LAC_COUNTRIES: readonly string[] = [
  "AG",
  "AI",
  "AR",
  "AW",
  "BB",
  "BL",
  "BM",
  "BO",
  "BQ",
  "BR",
  "BS",
  "BZ",
  "CL",
  "CO",
  "CR",
  "CU",
  "CW",
  "DM",
  "DO",
  "EC",
  "FK",
  "GD",
  "GF",
  "GP",
  "GT",
  "GY",
  "HN",
  "HT",
  "JM",
  "KN",
  "KY",
  "LC",
  "MF",
  "MQ",
  "MS",
  "MX",
  "NI",
  "PA",
  "PE",
  "PR",
  "PY",
  "SR",
  "SV",
  "SX",
  "TC",
  "TT",
  "UY",
  "VC",
  "VE",
  "VG",
  "VI",
];

const names = new Map<string, string>();

/** The country's name in the reader's language (CLDR data built into the runtime). */
export function countryName(code: string, locale: Locale): string {
  // Remembered: maps and tables sort and label by name, asking for the same ones often.
  const key = `${locale}:${code}`;
  let name = names.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
    names.set(key, name);
  }
  return name;
}

export function countryOptions(locale: Locale, codes: readonly string[] = COUNTRY_CODES) {
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** A country's names in every interface language, for search. */
export function countryNamesEverywhere(codes: readonly string[]): string[] {
  return codes.flatMap((code) => LOCALES.map((locale) => countryName(code, locale)));
}
