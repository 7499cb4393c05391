import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { countDraftsByState, DRAFTS_PAGE_SIZE, listDrafts } from "@/db/queries/matching-runs";
import { createPerson } from "@/db/testing/factories";
import { createMentee, createMentor } from "@/db/testing/mentorship";
import { removeDraft, runNetworkMatching } from "@/lib/matching/network/run";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { redirectOf } from "@/lib/testing/helpers";
import ChangeDraftPage from "./drafts/[draftId]/page";
import RunPage from "./page";

async function render(runId: string, search: Record<string, string> = {}) {
  return renderToStaticMarkup(
    await RunPage({ params: Promise.resolve({ runId }), searchParams: Promise.resolve(search) }),
  );
}

const draftsIn = (html: string) => [...html.matchAll(/data-draft="([^"]+)"/g)].map((m) => m[1]);
const unmatchedIn = (html: string) =>
  [...html.matchAll(/href="\/requests\/([0-9a-f-]{36})"/g)].map((m) => m[1]);

describe("a matching run's review page", () => {
  it("pages the drafts and the requests left over apart, and counts them all", async () => {
    // Two offers of 29 places and 110 requests: 58 drafts, 52 requests left over.
    await createMentor(29);
    await createMentor(29);
    for (let i = 0; i < 110; i++) await createMentee();
    const steward = await createPerson({ isSteward: true });
    const run = await runNetworkMatching(steward, { penalty: 0 });
    if (!run.ok) throw new Error(run.error);
    const all = await listDrafts(run.id);
    expect(all).toHaveLength(58);
    await removeDraft(steward, all[0]?.id ?? "");
    expect(await countDraftsByState(run.id)).toEqual({
      draft: 57,
      removed: 1,
      published: 0,
      refused: 0,
    });

    actAs(steward);
    setRequestLocale("en");
    const first = await render(run.id);
    expect(draftsIn(first)).toHaveLength(DRAFTS_PAGE_SIZE);
    expect(unmatchedIn(first)).toHaveLength(DRAFTS_PAGE_SIZE);
    expect(first).toContain('aria-label="Pages of proposed pairs"');
    expect(first).toContain('aria-label="Pages of requests without a mentor"');
    expect(first.match(/Page 1 of 2/g)).toHaveLength(2);
    // The figures and the publishing count are the whole run's, not the page's.
    expect(first).toMatch(/Proposed pairs<\/dt><dd[^>]*>58</);
    expect(first).toMatch(/Requests without a mentor<\/dt><dd[^>]*>52</);
    expect(first).toContain("57 proposals will be sent in your name");
    // Each pager keeps the other's place.
    expect(first).toContain(`href="/stewards/matching/${run.id}?page=2"`);
    const mixed = await render(run.id, { page: "2", unmatched: "2" });
    expect(mixed).toContain(`href="/stewards/matching/${run.id}?unmatched=2"`);
    expect(mixed).toContain(`href="/stewards/matching/${run.id}?page=2"`);

    // Changing a draft's mentor from page 2 leads back to page 2, even after paging mentors.
    const onPageTwo = all[DRAFTS_PAGE_SIZE]?.id ?? "";
    expect(mixed).toContain(`href="/stewards/matching/${run.id}/drafts/${onPageTwo}?from=2"`);
    expect(first).toContain(`href="/stewards/matching/${run.id}/drafts/${all[1]?.id}"`);
    const change = (search: Record<string, string>) =>
      ChangeDraftPage({
        params: Promise.resolve({ runId: run.id, draftId: onPageTwo }),
        searchParams: Promise.resolve(search),
      }).then(renderToStaticMarkup);
    expect(await change({ from: "2" })).toContain(`href="/stewards/matching/${run.id}?page=2"`);
    expect(await change({})).toContain(`href="/stewards/matching/${run.id}">`);

    const drafts = [...draftsIn(first), ...draftsIn(mixed)];
    expect(drafts).toHaveLength(58);
    const unmatched = [...unmatchedIn(first), ...unmatchedIn(mixed)];
    expect(new Set(unmatched).size).toBe(52);
    // Best score first across pages, as the full list has them.
    expect(drafts).toEqual(all.map((d) => d.menteeName));
    // Anything but a page number is the first page.
    const bad = await render(run.id, { page: "x", unmatched: "-3" });
    expect(draftsIn(bad)).toEqual(draftsIn(first));
    expect(unmatchedIn(bad)).toEqual(unmatchedIn(first));
    // A page past the last (an old link) says so and leads back, keeping the other list's place.
    const past = await render(run.id, { page: "3", unmatched: "2" });
    expect(draftsIn(past)).toEqual([]);
    expect(past).toContain("This page is past the end of the list.");
    expect(past).toContain(`href="/stewards/matching/${run.id}?unmatched=2">Go to the first page`);
    expect(past).not.toContain("Page 3 of 2");
    expect(unmatchedIn(past)).toEqual(unmatchedIn(mixed));
  });

  it("is for stewards only", async () => {
    actAs(await createPerson());
    expect(await redirectOf(() => render("00000000-0000-4000-8000-000000000000"))).toBe(
      "/forbidden",
    );
  });
});
