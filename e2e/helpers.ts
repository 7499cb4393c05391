import { expect, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "una frase larga para entrar";

let counter = 0;
/** A unique address per call, so journeys never share accounts. */
export function newEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}.${counter}.${Math.random().toString(36).slice(2, 6)}@example.org`;
}

/** The first link in the newest message the app "sent" to `email` (the local outbox). */
export async function linkFromOutbox(page: Page, email: string): Promise<string> {
  await page.goto("/dev/outbox");
  const message = page.locator(`li[data-outbox-to="${email}"]`).first();
  await expect(message).toBeVisible();
  const href = await message.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error(`no link in the mail to ${email}`);
  return href;
}

/** Signs up through the forms and confirms the e-mail; leaves the browser signed out. */
export async function signUp(page: Page, email: string, name = "Persona de prueba"): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Nombre").fill(name);
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Nueva contraseña").fill(PASSWORD);
  await page.getByLabel("Repite la contraseña").fill(PASSWORD);
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
  await page.goto(await linkFromOutbox(page, email));
  await page.getByRole("button", { name: "Confirmar y activar" }).click();
  await expect(page.getByText("Tu cuenta está confirmada")).toBeVisible();
}

/** Fills the password form on the sign-in page the browser is on. */
export async function signInWithPassword(
  page: Page,
  email: string,
  password = PASSWORD,
): Promise<void> {
  const form = page.getByRole("form", { name: "Con contraseña" });
  await form.getByLabel("Correo electrónico").fill(email);
  await form.getByLabel("Contraseña").fill(password);
  await form.getByRole("button", { name: "Entrar" }).click();
}

/** Signs up a new person, signs them in and registers an initiative they lead; its path. */
export async function newLeadWithInitiative(
  page: Page,
  person: string,
  initiative: string,
  country = "BB",
): Promise<string> {
  const email = newEmail(person.toLowerCase().replace(/\W+/g, "."));
  await signUp(page, email, person);
  await page.goto("/sign-in");
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/initiatives/new");
  const create = page.getByRole("form", { name: "Registrar una iniciativa" });
  await create.getByLabel("Nombre").fill(initiative);
  await create.getByLabel("Países").selectOption([country]);
  await create.getByRole("button", { name: "Registrar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(initiative);
  return new URL(page.url()).pathname;
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user would;
 * fails after `max` presses, so an unreachable control fails the journey.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 40, back = false }: { max?: number; back?: boolean } = {},
): Promise<void> {
  await target.waitFor();
  const focused = () => target.evaluate((el) => el === document.activeElement);
  for (let presses = 0; presses < max && !(await focused()); presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused({ timeout: 1_000 });
}
