import { describe, expect, it } from "vitest";
import { catalogEntries, messageArguments } from "@/lib/testing/catalogs";

/** The names of the arguments a message uses, sorted. */
function placeholders(message: string): string[] {
  return [...new Set(messageArguments(message).map((el) => el.value))].sort();
}

const spanish = catalogEntries("es");

describe("message catalogs", () => {
  for (const locale of ["en", "pt"] as const) {
    const other = catalogEntries(locale);

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
      for (const [key, message] of catalogEntries(locale)) {
        expect(message.trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });
});
