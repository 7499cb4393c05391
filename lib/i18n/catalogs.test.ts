import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments a message uses ({name}, {count, plural, …}), parsed as ICU, not guessed. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.literal)
        names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const spanish = flatten(CATALOGS.es as Tree);

describe("message catalogs", () => {
  for (const locale of ["en", "pt"] as const) {
    const other = flatten(CATALOGS[locale] as Tree);

    it(`${locale} has exactly the Spanish keys`, () => {
      expect([...other.keys()].sort()).toEqual([...spanish.keys()].sort());
    });

    it(`${locale} uses the same placeholders as Spanish`, () => {
      for (const [key, message] of spanish) {
        expect(placeholders(other.get(key) ?? ""), key).toEqual(placeholders(message));
      }
    });
  }

  it("has no empty message", () => {
    for (const locale of ["es", "en", "pt"] as const) {
      for (const [key, message] of flatten(CATALOGS[locale] as Tree)) {
        expect(message.trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });
});
