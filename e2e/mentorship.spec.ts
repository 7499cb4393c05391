import { expect, test } from "@playwright/test";
import { signInWithPassword } from "./helpers";

const DEMO_PASSWORD = "demo-padrinazgo-2026";

test("Barbados' lead sees ranked mentors for its request, with the reasons in words", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  // The demo lead's saved language is English: the interface switches at sign-in.
  await signInWithPassword(page, "lead.barbados@demo.padrinazgo.org", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/initiatives/igf-barbados");
  await page.getByRole("link", { name: "Mentorship" }).first().click();
  await expect(page.getByRole("heading", { name: "Mentorship of IGF Barbados" })).toBeVisible();
  await page.getByRole("link", { name: "See suggestions" }).click();
  const first = page
    .getByRole("listitem")
    .filter({ hasText: "Mesa Colombiana de Gobernanza de Internet" });
  await expect(first.locator("[data-reasons]")).toContainText(
    "covers funding and committee; both work in English; same region",
  );
  await expect(first.locator("[data-reasons]")).toContainText("3 of 3 places free");
  // Mexico's offer is in Spanish only: it does not fit an English request.
  await expect(page.getByText("Grupo Iniciativa de Gobernanza de Internet")).toHaveCount(0);
  await context.close();
});

test("a lead publishes an offer; bad capacity gets a clear message; visitors see the active offer", async ({
  browser,
  page,
}) => {
  await page.goto("/sign-in");
  await signInWithPassword(page, "lead.uruguay@demo.padrinazgo.org", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/initiatives/igf-uruguay/mentorship");
  const form = page.getByRole("form", { name: "Publicar una oferta" });
  await form.getByRole("checkbox", { name: "Informe" }).check();
  await form.getByLabel("Cuántas a la vez").fill("0");
  await form.getByRole("button", { name: "Publicar la oferta" }).click();
  await expect(
    form.getByText("Escribe cuántas a la vez: un número entero entre 1 y 50."),
  ).toBeVisible();
  await form.getByLabel("Cuántas a la vez").fill("2");
  await form.getByRole("button", { name: "Publicar la oferta" }).click();
  await expect(page.getByText("Oferta publicada.")).toBeVisible();

  const visitor = await browser.newContext({ locale: "es-ES" });
  const anonymous = await visitor.newPage();
  await anonymous.goto("/initiatives?offering=1");
  await expect(anonymous.getByRole("link", { name: "IGF Uruguay" })).toBeVisible();
  await anonymous.getByRole("link", { name: "IGF Uruguay" }).click();
  await expect(anonymous.getByRole("link", { name: "Informe" })).toBeVisible();
  await visitor.close();
});
