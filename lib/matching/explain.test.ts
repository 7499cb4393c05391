import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { explainReasons } from "./explain";
import type { Reason } from "./score";

const reasons: Reason[] = [
  { kind: "covers", topics: ["funding", "committee"], all: true },
  { kind: "languages", languages: ["es"] },
  { kind: "sameSubRegion" },
  { kind: "experience", topics: ["funding"] },
  { kind: "places", free: 2, capacity: 3 },
];

describe("reasons in words", () => {
  it("reads naturally in each language", () => {
    expect(explainReasons(reasons, translatorFor("en"), "en")).toBe(
      "covers funding and committee; both work in Spanish; same sub-region; has walked that road itself: funding; 2 of 3 places free",
    );
    expect(explainReasons(reasons, translatorFor("es"), "es")).toBe(
      "cubre financiamiento y comité; ambas trabajan en español; misma subregión; ya recorrió ese camino: financiamiento; 2 de 3 lugares libres",
    );
    expect(explainReasons([{ kind: "busy", active: 5 }], translatorFor("pt"), "pt")).toBe(
      "já acompanha 5 iniciativas",
    );
  });
});
