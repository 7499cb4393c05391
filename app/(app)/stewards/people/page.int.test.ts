import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PEOPLE_PAGE_SIZE } from "@/db/queries/users";
import { createPerson } from "@/db/testing/factories";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { redirectOf } from "@/lib/testing/helpers";
import PeoplePage from "./page";

async function render(params: { q?: string; page?: string } = {}) {
  return renderToStaticMarkup(await PeoplePage({ searchParams: Promise.resolve(params) }));
}

const emailsIn = (html: string) =>
  [...html.matchAll(/>(pager-\d+@example\.org)</g)].map((m) => m[1]);

describe("the people page", () => {
  it("pages people by e-mail, keeps the search, and says when a page is past the end", async () => {
    const count = PEOPLE_PAGE_SIZE + 2;
    for (let i = 0; i < count; i++)
      await createPerson({ email: `pager-${String(i).padStart(2, "0")}@example.org` });
    actAs(await createPerson({ isSteward: true }));
    setRequestLocale("en");

    const first = await render({ q: "pager-" });
    expect(emailsIn(first)).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first).toContain(">Page 1<");
    expect(first).toContain('href="/stewards/people?q=pager-&amp;page=2"');
    const second = await render({ q: "pager-", page: "2" });
    expect(emailsIn(second)).toEqual(["pager-50@example.org", "pager-51@example.org"]);
    expect(second).toContain('href="/stewards/people?q=pager-"');
    expect(second).not.toContain('rel="next"');

    const past = await render({ q: "pager-", page: "3" });
    expect(past).toContain("This page is past the end of the list.");
    expect(past).toContain('href="/stewards/people?q=pager-">Go to the first page');
    expect(past).not.toContain("Nobody matches that search");
    // Anything but a page number is the first page.
    expect(emailsIn(await render({ q: "pager-", page: "-1" }))).toEqual(emailsIn(first));
    expect(await render({ q: "nadie-asi" })).toContain("Nobody matches that search");
  });

  it("is for stewards only", async () => {
    actAs(await createPerson());
    expect(await redirectOf(() => render())).toBe("/forbidden");
  });
});
