import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { Pager, type PagerPlace } from "./pager";
import { PastLastPage } from "./past-last-page";

const en = translatorFor("en");
const href = (page: number) => `/list?page=${page}`;
/** Where the pager's previous and next links lead, by their `rel`. */
const links = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<a rel="(prev|next)"[^>]*href="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
const render = (page: number, place: PagerPlace, t = en) =>
  renderToStaticMarkup(createElement(Pager, { t, label: "Pages of the list", page, href, place }));

describe("Pager", () => {
  it("says where the reader is, and links to the pages either side", () => {
    const html = render(2, { pages: 3 });
    expect(html).toContain('<nav aria-label="Pages of the list"');
    expect(html).toContain("Page 2 of 3");
    expect(links(html)).toEqual({ prev: "/list?page=1", next: "/list?page=3" });
  });

  it("offers no next page on the last one and no previous page on the first", () => {
    expect(links(render(3, { pages: 3 }))).toEqual({ prev: "/list?page=2" });
    expect(links(render(1, { pages: 3 }))).toEqual({ next: "/list?page=2" });
  });

  it("is left out when everything fits on one page", () => {
    expect(render(1, { pages: 1 })).toBe("");
    expect(render(1, { hasNext: false, shown: 7 })).toBe("");
  });

  it("is left out past the last page instead of claiming 'page 3 of 2'", () => {
    expect(render(3, { pages: 2 })).toBe("");
    expect(render(4, { hasNext: false, shown: 0 })).toBe("");
  });

  it("says how many rows in all when told", () => {
    expect(render(1, { pages: 2, total: 31 })).toContain("Page 1 of 2 · 31 in all");
  });

  it("gives the page number alone when the count is unknown", () => {
    const html = render(2, { hasNext: true, shown: 50 });
    expect(html).toContain(">Page 2<");
    expect(links(html)).toEqual({ prev: "/list?page=1", next: "/list?page=3" });
  });

  it("speaks the page's language", () => {
    const html = render(2, { pages: 3, total: 101 }, translatorFor("es"));
    expect(html).toContain("Página anterior");
    expect(html).toContain("Página 2 de 3 · 101 en total");
    expect(html).toContain("Página siguiente");
    expect(render(2, { pages: 3 }, translatorFor("pt"))).toContain("Próxima página");
  });
});

describe("PastLastPage", () => {
  it("says why the page is empty and leads back to the first", () => {
    const html = renderToStaticMarkup(
      createElement(PastLastPage, { t: en, text: "Nothing here any more.", href: "/list" }),
    );
    expect(html).toContain("Nothing here any more.");
    expect(html).toContain('href="/list">Go to the first page</a>');
  });
});
