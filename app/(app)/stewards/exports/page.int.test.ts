import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { insertInitiativeRow } from "@/db/testing/export-fixtures";
import { createPerson } from "@/db/testing/factories";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { redirectOf } from "@/lib/testing/helpers";
import ExportsPage from "./page";

describe("the exports page", () => {
  it("lists each dataset with plain download links and its row count", async () => {
    await insertInitiativeRow({ name: `Exportable ${Date.now().toString(36)}` });
    actAs(await createPerson({ isSteward: true }));
    setRequestLocale("pt");
    const html = renderToStaticMarkup(await ExportsPage());
    for (const dataset of ["initiatives", "mentorships", "progress"]) {
      for (const format of ["csv", "json"]) {
        expect(html).toContain(`href="/stewards/exports/${dataset}?format=${format}" download=""`);
      }
    }
    expect(html).toContain('aria-label="Baixar Iniciativas em CSV"');
    expect(html).toContain("1 linha");
    expect(html).toContain("7 linhas");
    actAs(await createPerson());
    expect(await redirectOf(() => ExportsPage())).toBe("/forbidden");
  });
});
