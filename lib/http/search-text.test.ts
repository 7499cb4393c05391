import { describe, expect, it } from "vitest";
import { searchText } from "./search-text";

describe("search text from an address", () => {
  it("turns control characters into spaces and caps the length", () => {
    expect(searchText("pa\u0000na\u0007má")).toBe("pa na má");
    expect(searchText("x".repeat(500))).toHaveLength(100);
    expect(searchText(["a"])).toBe("");
    expect(searchText(undefined)).toBe("");
  });
});
