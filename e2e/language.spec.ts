import { expect, test } from "@playwright/test";
import { newEmail, signInWithPassword, signUp } from "./helpers";

test("Spanish by default; the switch changes every string and persists", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("link", { name: "Crear cuenta" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Create account" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Internet governance initiatives",
  );

  await page.getByRole("button", { name: "Português" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Entrar" })).toBeVisible();
  await expect(page.getByText("Entre com sua senha")).toBeVisible();
});

test("a signed-in person's language follows them to another browser", async ({ browser, page }) => {
  const email = newEmail("idioma");
  await signUp(page, email);
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("button", { name: "Português" }).click();
  await expect(page.getByRole("heading", { name: "Minha conta" })).toBeVisible();

  const fresh = await browser.newContext({ locale: "es-ES" });
  const other = await fresh.newPage();
  await other.goto("/sign-in");
  await expect(other.locator("html")).toHaveAttribute("lang", "es");
  await signInWithPassword(other, email);
  await expect(other.getByRole("heading", { name: "Minha conta" })).toBeVisible();
  await fresh.close();
});

test("the browser's language is used when nothing was chosen", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pt-BR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt");
  await context.close();
});
