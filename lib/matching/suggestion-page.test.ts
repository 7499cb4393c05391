import { describe, expect, it } from "vitest";
import { pageOf, rowsThrough, SUGGESTIONS_PAGE_SIZE } from "./suggestion-page";

const ranked = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("a page of ranked suggestions", () => {
  it("holds the page's rows in rank order, with the total and where it starts", () => {
    const list = ranked(SUGGESTIONS_PAGE_SIZE * 2 + 3);
    expect(pageOf(list, 2)).toEqual({
      rows: list.slice(SUGGESTIONS_PAGE_SIZE, SUGGESTIONS_PAGE_SIZE * 2),
      total: list.length,
      page: 2,
      pages: 3,
      offset: SUGGESTIONS_PAGE_SIZE,
    });
    expect(pageOf(list, 3).rows).toEqual(list.slice(SUGGESTIONS_PAGE_SIZE * 2));
  });

  it("keeps a page out of range within the list", () => {
    const list = ranked(SUGGESTIONS_PAGE_SIZE + 1);
    expect(pageOf(list, 99)).toMatchObject({ page: 2, rows: [list.at(-1)] });
    expect(pageOf(list, 0)).toMatchObject({ page: 1, offset: 0 });
    expect(pageOf(list, -4)).toMatchObject({ page: 1 });
    expect(pageOf(list, Number.NaN)).toMatchObject({ page: 1 });
    expect(pageOf(list, 1.7)).toMatchObject({ page: 1 });
  });

  it("pages from only the best rows, through the page asked for, of all that fit", () => {
    expect(rowsThrough(2)).toBe(SUGGESTIONS_PAGE_SIZE * 2);
    expect(rowsThrough(0)).toBe(SUGGESTIONS_PAGE_SIZE);
    expect(rowsThrough(2.9)).toBe(SUGGESTIONS_PAGE_SIZE * 2);
    const best = ranked(rowsThrough(2));
    expect(pageOf(best, 2, 95)).toEqual({
      rows: best.slice(SUGGESTIONS_PAGE_SIZE),
      total: 95,
      page: 2,
      pages: Math.ceil(95 / SUGGESTIONS_PAGE_SIZE),
      offset: SUGGESTIONS_PAGE_SIZE,
    });
  });

  it("is one empty page when nothing fits", () => {
    expect(pageOf([], 3)).toEqual({ rows: [], total: 0, page: 1, pages: 1, offset: 0 });
  });
});
