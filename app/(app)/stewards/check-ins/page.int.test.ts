import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { insertInitiativeRow, insertMentorshipRow } from "@/db/testing/export-fixtures";
import { createPerson } from "@/db/testing/factories";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { redirectOf } from "@/lib/testing/helpers";
import CheckInsPage from "./page";

const DAY = 24 * 60 * 60 * 1000;

async function render(params: { days?: string; page?: string } = {}) {
  return renderToStaticMarkup(await CheckInsPage({ searchParams: Promise.resolve(params) }));
}

const pairsIn = (html: string) => [...html.matchAll(/>(Madrina \d+) → Ahijada</g)].map((m) => m[1]);

describe("the quiet mentorships page", () => {
  it("pages the quiet mentorships, quietest first, and says when a page is past the end", async () => {
    const mentee = await insertInitiativeRow({ name: "Ahijada" });
    // 23 quiet ones: two pages of 20 and 3, the quietest (longest without news) first.
    for (let i = 0; i < 23; i++) {
      const mentor = await insertInitiativeRow({ name: `Madrina ${String(i).padStart(2, "0")}` });
      const lastActivityAt = new Date(Date.now() - (90 - i) * DAY);
      await insertMentorshipRow(mentor.id, mentee.id, {
        state: "active",
        startedAt: lastActivityAt,
        lastActivityAt,
      });
    }
    actAs(await createPerson({ isSteward: true }));
    setRequestLocale("en");
    const first = await render({ days: "30" });
    expect(first).toContain("23 active mentorships with no note or meeting in the last 30 days");
    expect(first).toContain("Page 1 of 2");
    expect(pairsIn(first)).toHaveLength(20);
    expect(pairsIn(first)[0]).toBe("Madrina 00");
    expect(first).toContain('href="/stewards/check-ins?days=30&amp;page=2"');

    const second = await render({ days: "30", page: "2" });
    expect(pairsIn(second)).toEqual(["Madrina 20", "Madrina 21", "Madrina 22"]);
    expect(second).toContain("Page 2 of 2");
    expect(second).toContain('href="/stewards/check-ins?days=30"');

    // Past the end (an old link): no false "none are quiet", and the way back.
    const past = await render({ days: "30", page: "3" });
    expect(past).toContain("This page is past the end of the list");
    expect(past).toContain('href="/stewards/check-ins?days=30">Go to the first page');
    expect(past).not.toContain("No active mentorship");
    expect(past).not.toContain("Every active mentorship had a note");
    expect(past).not.toContain("Page 3 of 2");

    setRequestLocale("es");
    expect(await render({ days: "30", page: "2" })).toContain("Página 2 de 2");
  });

  it("is for stewards only", async () => {
    actAs(await createPerson());
    expect(await redirectOf(() => render())).toBe("/forbidden");
  });
});
