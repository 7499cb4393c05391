import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./negotiate";

describe("locale negotiation", () => {
  it("prefers the explicit choice over the browser", () => {
    expect(resolveLocale("pt", "en-US,en;q=0.9")).toBe("pt");
  });

  it("follows the browser's ranked languages when there is no choice", () => {
    expect(resolveLocale(undefined, "fr-FR,fr;q=0.9,pt-BR;q=0.8,en;q=0.7")).toBe("pt");
    expect(localeFromAcceptLanguage("en;q=0.2, es;q=0.8")).toBe("es");
  });

  it("ignores unknown or zero-weighted languages and falls back to Spanish", () => {
    expect(resolveLocale("xx", "de,fr")).toBe("es");
    expect(resolveLocale(undefined, "en;q=0")).toBe("es");
    expect(resolveLocale(undefined, null)).toBe("es");
  });

  it("never trusts a locale cookie outside the list", () => {
    expect(resolveLocale("../../etc/passwd", "en")).toBe("en");
  });
});
