import { describe, expect, it } from "vitest";
import { containing } from "./like";

describe("containing", () => {
  it("wraps the text and escapes LIKE's own characters", () => {
    expect(containing("chile")).toBe("%chile%");
    expect(containing("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});
