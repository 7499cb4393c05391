import { expect, type Page } from "@playwright/test";

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
