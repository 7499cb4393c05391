import { expect, test } from "@playwright/test";
import { signInWithPassword } from "./helpers";

const MARKUP = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">`;

test("markup typed into a text field is shown as text and never runs", async ({ page }) => {
  await page.goto("/sign-in");
  await signInWithPassword(page, "lead.argentina@demo.padrinazgo.org", "demo-padrinazgo-2026");
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/initiatives/igf-argentina/edit");
  const description = page.getByLabel("Descripción");
  await description.fill(`Foro nacional. ${MARKUP}`);
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page).toHaveURL(/\/initiatives\/igf-argentina$/);

  for (const path of ["/initiatives/igf-argentina", "/initiatives/igf-argentina/history"]) {
    await page.goto(path);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  await page.goto("/initiatives/igf-argentina");
  await expect(page.getByText(MARKUP, { exact: false })).toBeVisible();
  await expect(page.locator("img[src='x']")).toHaveCount(0);
});

test("an oversized form is refused, nothing is saved and the server keeps serving", async ({
  page,
  request,
}) => {
  await page.goto("/sign-in");
  await signInWithPassword(page, "lead.argentina@demo.padrinazgo.org", "demo-padrinazgo-2026");
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/initiatives/igf-argentina/edit");
  // Past the field's own limit, as a script would send it: 2 MB against a 1 MB body limit.
  await page.getByLabel("Descripción").evaluate((el) => {
    el.removeAttribute("maxlength");
    (el as HTMLTextAreaElement).value = "oversized ".repeat(200_000);
  });
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("Cambios guardados.")).toHaveCount(0);
  expect((await request.get("/api/health")).ok()).toBe(true);
  await page.goto("/initiatives/igf-argentina");
  await expect(page.getByText("oversized oversized")).toHaveCount(0);
});
