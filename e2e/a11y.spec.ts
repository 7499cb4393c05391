import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { LOCALE_COOKIE } from "../lib/i18n/locales";
import { signInWithPassword } from "./helpers";

const PAGES = [
  "/",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/check-email?kind=signup",
  "/reset-password",
  "/no-such-page",
  "/initiatives",
  "/initiatives?q=zzz-nothing",
  "/initiatives/igf-barbados",
  "/initiatives/lacigf",
  "/initiatives/mesa-colombiana-de-gobernanza-de-internet/checklist",
  "/initiatives/mesa-colombiana-de-gobernanza-de-internet/checklist/committee-3-groups",
  "/initiatives/mesa-colombiana-de-gobernanza-de-internet/recognition-packet",
  "/network",
];

const PANAMA = "/initiatives/dialogo-de-gobernanza-de-internet-de-panama";
const SIGNED_IN_PAGES: Record<string, string[]> = {
  steward: ["/stewards", "/stewards/matching", "/stewards/exports", "/stewards/audit"],
  "lead.panama": [
    "/account",
    "/my-network",
    "/my-initiatives",
    "/notifications",
    `${PANAMA}/mentorship`,
    `${PANAMA}/members`,
    `${PANAMA}/edit`,
    `${PANAMA}/committee`,
    `${PANAMA}/checklist`,
  ],
};
const STEWARD_PAGES = SIGNED_IN_PAGES.steward ?? [];

async function seriousProblems(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`);
}

for (const locale of ["es-ES", "en-US", "pt-BR"]) {
  test(`no serious accessibility problems on public pages (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    for (const path of PAGES) expect(await seriousProblems(page, path)).toEqual([]);
    await context.close();
  });

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
      // The mentorship workspace, reached the way a lead does.
      if (who === "lead.panama") {
        await page.goto("/my-network");
        await page.locator('a[href^="/mentorships/"]').first().click();
        await expect(page).toHaveURL(/\/mentorships\//);
        expect(await seriousProblems(page, page.url())).toEqual([]);
      }
      await context.close();
    });
  }
}

test("the sign-in page works with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Saltar al contenido" })).toBeFocused();
  await page.keyboard.press("Enter");
  const email = page.getByRole("form", { name: "Con contraseña" }).getByLabel("Correo electrónico");
  for (let i = 0; i < 5 && !(await email.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(email).toBeFocused();
  await page.keyboard.type("nadie@example.org");
  await page.keyboard.press("Tab");
  await page.keyboard.type("una contraseña cualquiera");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Con contraseña" }).getByRole("alert")).toHaveText(
    "El correo o la contraseña no son correctos.",
  );
});

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
