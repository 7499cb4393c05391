import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackPath("/account")).toBe("/account");
    expect(safeCallbackPath("/stewards/people?q=ana&page=2")).toBe("/stewards/people?q=ana&page=2");
  });

  it.each([
    "https://evil.example/phish",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/%2F%2Fevil.example".replace("%2F%2F", "/"),
  ])("refuses %s", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/account");
  });

  it("refuses non-strings and absurd lengths", () => {
    expect(safeCallbackPath(undefined)).toBe("/account");
    expect(safeCallbackPath(42)).toBe("/account");
    expect(safeCallbackPath(`/${"a".repeat(3000)}`)).toBe("/account");
  });
});
