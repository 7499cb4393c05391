import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import pt from "@/messages/pt.json";
import type { Locale } from "./locales";

export type Messages = typeof es;

export const CATALOGS: Record<Locale, Messages> = { es, en, pt };

/** A translator usable anywhere on the server (actions, mail), not only while rendering. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale] });
}

export type Translator = ReturnType<typeof translatorFor>;
