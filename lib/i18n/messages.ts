import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import pt from "@/messages/pt.json";
import type { Locale } from "./locales";

export type Messages = typeof es;

export const CATALOGS: Record<Locale, Messages> = { es, en, pt };

function nextIntlTranslator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale] });
}

export type Translator = ReturnType<typeof nextIntlTranslator>;

/**
 * next-intl's translator, with its plain call made cheap. On every call with values,
 * next-intl builds its memo key by serialising all its formats (about 25 µs); a page that
 * names hundreds of initiatives spent a tenth of its time there. Here each message is
 * compiled once per language and formatted directly; rich text, `has` and `raw` stay
 * next-intl's, and any formatting error goes through next-intl's own reporting.
 */
function createFor(locale: Locale): Translator {
  const base = nextIntlTranslator(locale);
  const call = base as unknown as (key: string, values?: unknown) => string;
  const compiled = new Map<string, IntlMessageFormat>();
  const formatted = (key: string, values?: Record<string, unknown>) => {
    if (!values) return call(key);
    let format = compiled.get(key);
    if (!format) {
      const raw: unknown = (base.raw as (key: string) => unknown)(key);
      if (typeof raw !== "string") return call(key, values);
      format = new IntlMessageFormat(raw, locale);
      compiled.set(key, format);
    }
    try {
      return String(format.format(values as Record<string, string | number | Date>));
    } catch {
      return call(key, values);
    }
  };
  return Object.assign(formatted, {
    rich: base.rich,
    markup: base.markup,
    raw: base.raw,
    has: base.has,
  }) as unknown as Translator;
}

const translators = new Map<Locale, Translator>();

/** A translator usable anywhere on the server (actions, mail), not only while rendering. */
export function translatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = createFor(locale);
    translators.set(locale, t);
  }
  return t;
}
