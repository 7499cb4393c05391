import { describe, expect, it } from "vitest";
import { foldText, searchTextFor, slugify } from "./text";

describe("folding names for search and uniqueness", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(foldText("  Foro de Gobernanza de Internet   Panamá ")).toBe(
      "foro de gobernanza de internet panama",
    );
    expect(foldText("MÉXICO")).toBe(foldText("mexico"));
    expect(foldText("São Paulo")).toBe("sao paulo");
  });

  it("makes readable, safe slugs", () => {
    expect(slugify("IGF Barbados")).toBe("igf-barbados");
    expect(slugify("Mesa Colombiana de Gobernanza de Internet")).toBe(
      "mesa-colombiana-de-gobernanza-de-internet",
    );
    expect(slugify("¿Qué? <script>")).toBe("que-script");
    expect(slugify("!!!")).toBe("initiative");
    expect(slugify("a".repeat(100)).length).toBeLessThanOrEqual(60);
  });

  it("searches name and acronym together", () => {
    expect(searchTextFor("Grupo Iniciativa de Gobernanza de Internet", "GIGI")).toContain("gigi");
  });
});
