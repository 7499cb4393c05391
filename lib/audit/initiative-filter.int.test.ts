import { describe, expect, it } from "vitest";
import { insertInitiativeRow } from "@/db/testing/export-fixtures";
import { INITIATIVE_CHOICES, resolveInitiativeFilter } from "./initiative-filter";

const tag = Date.now().toString(36);

describe("the audit log's initiative filter", () => {
  it("finds the exact name or acronym among many longer names, and offers the rest in order", async () => {
    const exact = await insertInitiativeRow({ name: `Foro Andino ${tag}`, acronym: `FA${tag}` });
    // More longer names than the choices, none with an acronym (whose comparison is null).
    for (let i = INITIATIVE_CHOICES + 2; i > 0; i--)
      await insertInitiativeRow({ name: `Foro Andino ${tag} Sede ${i}` });

    for (const typed of [`FORO andino ${tag}`, `  fóro ANDINO ${tag} `, `fa${tag}`])
      expect(await resolveInitiativeFilter(typed)).toEqual({
        kind: "one",
        initiative: { id: exact.id, name: `Foro Andino ${tag}` },
      });
    expect(await resolveInitiativeFilter(exact.id)).toMatchObject({ kind: "one" });

    const several = await resolveInitiativeFilter(`andino ${tag} sede`);
    expect(several).toMatchObject({ kind: "several", more: true });
    const names = several.kind === "several" ? several.choices.map((c) => c.name) : [];
    expect(names).toHaveLength(INITIATIVE_CHOICES);
    expect(names).toEqual([...names].sort());
    expect(await resolveInitiativeFilter(`andino ${tag} sede 7`)).toMatchObject({
      kind: "one",
      initiative: { name: `Foro Andino ${tag} Sede 7` },
    });
  });

  it("says so for a name nobody has, an id nobody has, or nothing but spaces and symbols", async () => {
    for (const typed of [`Atlántida ${tag}`, "00000000-0000-4000-8000-000000000000", "%_%"])
      expect(await resolveInitiativeFilter(typed)).toEqual({ kind: "unknown", text: typed });
  });
});
