import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DIRECTORY_PAGE_SIZE } from "@/db/queries/initiatives";
import { insertInitiativeRow } from "@/db/testing/export-fixtures";
import { setRequestLocale } from "@/lib/testing/fake-request";
import DirectoryPage from "./page";

async function render(params: Record<string, string>) {
  return renderToStaticMarkup(await DirectoryPage({ searchParams: Promise.resolve(params) }));
}

const namesIn = (html: string) => [...html.matchAll(/>(Paginada \d+)<\/a>/g)].map((m) => m[1]);

describe("the directory's pages", () => {
  it("pages a search by name and says when a page is past the end", async () => {
    const count = DIRECTORY_PAGE_SIZE + 2;
    for (let i = 0; i < count; i++)
      await insertInitiativeRow({ name: `Paginada ${String(i).padStart(2, "0")}` });
    await insertInitiativeRow({ name: "Otra" });
    setRequestLocale("en");

    const first = await render({ q: "paginada" });
    expect(namesIn(first)).toHaveLength(DIRECTORY_PAGE_SIZE);
    expect(first).toContain("Page 1 of 2");
    expect(first).toContain('href="/initiatives?q=paginada&amp;page=2"');
    const second = await render({ q: "paginada", page: "2" });
    expect(second).toContain("Page 2 of 2");
    expect(second).toContain('href="/initiatives?q=paginada"');
    expect(new Set([...namesIn(first), ...namesIn(second)]).size).toBe(count);

    // Past the end (an old link): not "no initiative matches", and the way back.
    const past = await render({ q: "paginada", page: "5" });
    expect(past).toContain("This page is past the end of the results.");
    expect(past).toContain('href="/initiatives?q=paginada">Go to the first page');
    expect(past).not.toContain("No initiative matches this search");
    expect(past).not.toContain("Page 5 of 2");

    expect(await render({ q: "ninguna-asi" })).toContain("No initiative matches this search");
    setRequestLocale("pt");
    expect(await render({ q: "paginada", page: "2" })).toContain("Página anterior");
  });
});
