import { describe, expect, it } from "vitest";
import { dateFormat, numberFormat } from "./format";

const day = new Date(Date.UTC(2026, 11, 7, 15, 30));

describe("formatters made once", () => {
  it("give the same formatter for the same locale and options, and format as a fresh one would", () => {
    const options = { dateStyle: "long", timeZone: "UTC" } as const;
    const first = dateFormat("es", options);
    expect(dateFormat("es", { ...options })).toBe(first);
    expect(first.format(day)).toBe(new Intl.DateTimeFormat("es", options).format(day));
    expect(numberFormat("pt")).toBe(numberFormat("pt", {}));
    expect(numberFormat("pt").format(12345.5)).toBe(new Intl.NumberFormat("pt").format(12345.5));
  });

  it("keep locales and options apart", () => {
    const long = { dateStyle: "long", timeZone: "UTC" } as const;
    expect(dateFormat("en", long).format(day)).toBe("December 7, 2026");
    expect(dateFormat("pt", long).format(day)).toBe("7 de dezembro de 2026");
    expect(dateFormat("en", { dateStyle: "short", timeZone: "UTC" }).format(day)).toBe("12/7/26");
    expect(numberFormat("en").format(1234)).toBe("1,234");
    expect(numberFormat("es", { style: "percent" }).format(0.5)).toBe(
      new Intl.NumberFormat("es", { style: "percent" }).format(0.5),
    );
  });
});
