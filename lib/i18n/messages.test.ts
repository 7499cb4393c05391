import { TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogEntries, messageArguments } from "@/lib/testing/catalogs";
import { LOCALES } from "./locales";
import { CATALOGS, translatorFor } from "./messages";

/** Values of the right kind for every argument a message uses, `count` for numbers. */
function valuesFor(message: string, count: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const el of messageArguments(message)) {
    if (el.type === TYPE.plural || el.type === TYPE.number) values[el.value] = count;
    else if (el.type === TYPE.date || el.type === TYPE.time)
      values[el.value] = new Date("2026-03-04T05:06:00Z");
    else if (el.type === TYPE.select) values[el.value] = "other";
    else if (el.type === TYPE.argument) values[el.value] ??= `«${el.value}»`;
  }
  return values;
}

describe("translatorFor", () => {
  it("keeps one translator per language, so compiled messages are reused across pages", () => {
    expect(translatorFor("es")).toBe(translatorFor("es"));
    expect(translatorFor("en")).not.toBe(translatorFor("es"));
  });

  it("says every message exactly as next-intl does, with and without values", () => {
    for (const locale of LOCALES) {
      const ours = translatorFor(locale) as unknown as (k: string, v?: unknown) => string;
      const theirs = createTranslator({ locale, messages: CATALOGS[locale] }) as unknown as (
        k: string,
        v?: unknown,
      ) => string;
      for (const [key, message] of catalogEntries(locale)) {
        if (message.includes("<")) continue; // rich text: next-intl's own t.rich
        for (const count of [0, 1, 7]) {
          const values = valuesFor(message, count);
          const args = Object.keys(values).length ? values : undefined;
          expect(ours(key, args), `${locale} ${key}`).toBe(theirs(key, args));
        }
      }
    }
  });

  it("formats each call with its own values, whatever was formatted before", () => {
    const t = translatorFor("en");
    expect(t("regionMap.countries", { count: 1 })).toBe("1 country");
    expect(t("regionMap.countries", { count: 3 })).toBe("3 countries");
    expect(translatorFor("pt")("regionMap.countries", { count: 3 })).toBe("3 países");
  });
});
