import { describe, expect, it } from "vitest";
import { INITIATIVE_CHOICES, pickInitiative } from "./initiative-filter";

const named = (id: string, exact = false) => ({ id, name: `IGF ${id}`, exact });

describe("pickInitiative", () => {
  it("takes the only match, or the only exact one among several", () => {
    expect(pickInitiative("chi", [named("chile")])).toEqual({
      kind: "one",
      initiative: { id: "chile", name: "IGF chile" },
    });
    expect(pickInitiative("igf chile", [named("chile", true), named("chile-youth")])).toEqual({
      kind: "one",
      initiative: { id: "chile", name: "IGF chile" },
    });
  });

  it("says nothing fits, or offers the choices when several do", () => {
    expect(pickInitiative("atlantida", [])).toEqual({ kind: "unknown", text: "atlantida" });
    // Two exact ones (the same name twice) are a choice too.
    expect(pickInitiative("igf x", [named("a", true), named("b", true)])).toEqual({
      kind: "several",
      text: "igf x",
      choices: [
        { id: "a", name: "IGF a" },
        { id: "b", name: "IGF b" },
      ],
      more: false,
    });
  });

  it("offers a few and says there are more", () => {
    const found = Array.from({ length: INITIATIVE_CHOICES + 1 }, (_, i) => named(`n${i}`));
    const picked = pickInitiative("igf", found);
    expect(picked.kind === "several" && picked.choices.map((c) => c.id)).toEqual(
      found.slice(0, INITIATIVE_CHOICES).map((f) => f.id),
    );
    expect(picked.kind === "several" && picked.more).toBe(true);
  });
});
