import { describe, expect, it } from "vitest";
import { listHref, pageCount, pageWindow } from "./paging";

describe("a paged list's address", () => {
  it("is the bare path on the first page with no filter", () => {
    expect(listHref("/stewards/people", { q: "" }, { page: 1 })).toBe("/stewards/people");
    expect(listHref("/stewards/people", { q: undefined })).toBe("/stewards/people");
  });

  it("keeps the filters in order and a page number only past the first", () => {
    expect(listHref("/stewards/check-ins", { days: "30" }, { page: 2 })).toBe(
      "/stewards/check-ins?days=30&page=2",
    );
    expect(listHref("/stewards/check-ins", { days: "30" }, { page: 1 })).toBe(
      "/stewards/check-ins?days=30",
    );
    expect(listHref("/stewards/people", { q: "ana & co" }, { page: 3 })).toBe(
      "/stewards/people?q=ana+%26+co&page=3",
    );
  });

  it("carries several lists' pages, each left out on its first", () => {
    expect(listHref("/run", {}, { page: 1, unmatched: 2 })).toBe("/run?unmatched=2");
    expect(listHref("/run", {}, { page: 4, unmatched: 2 })).toBe("/run?page=4&unmatched=2");
  });
});

describe("page arithmetic", () => {
  it("counts at least one page and reads the rows of the page asked for", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageWindow(3, 20)).toEqual({ limit: 20, offset: 40 });
  });
});
