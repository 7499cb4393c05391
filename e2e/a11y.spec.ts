import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { LOCALE_COOKIE } from "../lib/i18n/locales";
import { signInWithPassword } from "./helpers";

// Public pages in two groups, so that each test stays well within its time.
const PUBLIC_PAGES: Record<string, string[]> = {
  "account and error": [
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/check-email?kind=signup",
    "/check-email?kind=magic",
    "/check-email?kind=reset",
    "/reset-password",
    "/reset-password?token=not-a-token",
    "/confirm-email",
    "/confirm-email?token=not-a-token",
    "/invitations/accept",
    "/invitations/accept?token=not-a-token",
    "/forbidden",
    "/no-such-page",
    "/dev/outbox",
  ],
  "network and initiative": [
    "/",
    "/network",
    "/initiatives",
    "/initiatives?q=zzz-nothing",
    "/initiatives?offering=1",
    "/initiatives/igf-barbados",
    "/initiatives/lacigf",
    "/initiatives/mesa-colombiana-de-gobernanza-de-internet/checklist",
    "/initiatives/mesa-colombiana-de-gobernanza-de-internet/checklist/committee-3-groups",
    "/initiatives/mesa-colombiana-de-gobernanza-de-internet/recognition-packet",
  ],
};
const PAGES = Object.values(PUBLIC_PAGES).flat();

const PANAMA = "/initiatives/dialogo-de-gobernanza-de-internet-de-panama";
const COLOMBIA = "/initiatives/mesa-colombiana-de-gobernanza-de-internet";
const SIGNED_IN_PAGES: Record<string, string[]> = {
  steward: [
    "/stewards",
    "/stewards/map",
    "/stewards/check-ins",
    "/stewards/matching",
    "/stewards/exports",
    "/stewards/audit",
    "/stewards/people",
    "/stewards/verification",
    "/stewards/toolkit",
    `${PANAMA}/history`,
  ],
  "lead.panama": [
    "/account",
    "/my-network",
    "/my-initiatives",
    "/notifications",
    "/initiatives/new",
    `${PANAMA}/mentorship`,
    `${PANAMA}/members`,
    `${PANAMA}/edit`,
    `${PANAMA}/committee`,
    `${PANAMA}/meetings`,
    `${PANAMA}/history`,
    `${PANAMA}/checklist`,
  ],
};
const STEWARD_PAGES = SIGNED_IN_PAGES.steward ?? [];

/** Pages with an id in their address, reached through the first such link on another page. */
const FOLLOWED: Record<string, [from: string, link: string][]> = {
  visitor: [[COLOMBIA, 'a[href^="/offers/"]']],
  // A steward sees an offer with the requests that fit it.
  steward: [[COLOMBIA, 'a[href^="/offers/"]']],
  "lead.panama": [
    ["/my-network", 'a[href^="/mentorships/"]'],
    [`${PANAMA}/mentorship`, 'a[href^="/requests/"]'],
  ],
};

// Each test runs axe on a dozen pages or more, a few seconds each (more on a busy machine).
test.describe.configure({ timeout: 240_000 });

async function seriousProblems(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`);
}

async function followedProblems(page: Page, who: string): Promise<string[]> {
  const problems: string[] = [];
  for (const [from, link] of FOLLOWED[who] ?? []) {
    await page.goto(from);
    const href = await page.locator(link).first().getAttribute("href");
    if (!href) throw new Error(`no ${link} on ${from}`);
    problems.push(...(await seriousProblems(page, href)));
  }
  return problems;
}

/**
 * A steward's network matching run under review, one of its drafts (where a mentor is
 * changed) and a request as stewards see it. The run is left as a draft: nothing is sent.
 */
async function matchingRunProblems(page: Page): Promise<string[]> {
  await page.goto("/stewards/matching");
  await page.locator('form:has(input[name="penalty"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/\/stewards\/matching\/[0-9a-f-]{36}$/);
  const run = new URL(page.url()).pathname;
  const problems = await seriousProblems(page, run);
  for (const link of ['a[href*="/drafts/"]', 'a[href^="/requests/"]']) {
    await page.goto(run);
    const href = await page.locator(link).first().getAttribute("href");
    if (!href) throw new Error(`no ${link} on ${run}`);
    problems.push(...(await seriousProblems(page, href)));
  }
  return problems;
}

for (const locale of ["es-ES", "en-US", "pt-BR"]) {
  for (const [group, paths] of Object.entries(PUBLIC_PAGES)) {
    test(`no serious accessibility problems on public ${group} pages (${locale})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      for (const path of paths) expect(await seriousProblems(page, path)).toEqual([]);
      if (group === "network and initiative") {
        expect(await followedProblems(page, "visitor")).toEqual([]);
      }
      await context.close();
    });
  }

  for (const [who, paths] of Object.entries(SIGNED_IN_PAGES)) {
    test(`no serious accessibility problems on ${who}'s pages (${locale})`, async ({ browser }) => {
      // Signed in through the Spanish form; the language under test is set just after.
      const context = await browser.newContext({ locale: "es-ES" });
      const page = await context.newPage();
      await page.goto("/sign-in");
      await signInWithPassword(page, `${who}@demo.padrinazgo.org`, "demo-padrinazgo-2026");
      await expect(page).toHaveURL(/\/account$/);
      // Signing in applies the saved language; the switcher's cookie sets the one under test.
      await context.addCookies([
        { name: LOCALE_COOKIE, value: locale.slice(0, 2), url: page.url() },
      ]);
      for (const path of paths) expect(await seriousProblems(page, path)).toEqual([]);
      expect(await followedProblems(page, who)).toEqual([]);
      if (who === "steward") expect(await matchingRunProblems(page)).toEqual([]);
      await context.close();
    });
  }
}

test("security headers are on every page and route", async ({ request }) => {
  for (const path of [...PAGES, ...STEWARD_PAGES, "/api/health", "/stewards/exports/initiatives"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("base-uri 'self'");
    expect(headers["content-security-policy"]).toContain("form-action 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});
