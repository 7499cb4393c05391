import { describe, expect, it } from "vitest";
import { canEditChecklist, canReadChecklist } from "./access";

describe("who sees and changes a checklist", () => {
  it("public checklists are for everyone; private ones for members and stewards", () => {
    expect(canReadChecklist(null, true)).toBe(true);
    expect(canReadChecklist(null, false)).toBe(false);
    expect(canReadChecklist({ role: null, isSteward: false }, false)).toBe(false);
    expect(canReadChecklist({ role: "member", isSteward: false }, false)).toBe(true);
    expect(canReadChecklist({ role: null, isSteward: true }, false)).toBe(true);
  });

  it("leads and members change it; stewards and outsiders do not", () => {
    expect(canEditChecklist("lead")).toBe(true);
    expect(canEditChecklist("member")).toBe(true);
    expect(canEditChecklist(null)).toBe(false);
  });
});
