import { expect, test } from "@playwright/test";
import { linkFromOutbox, newEmail, PASSWORD, signInWithPassword, signUp } from "./helpers";

test("sign up, confirm the e-mail, sign out and sign in again", async ({ page }) => {
  const email = newEmail("alta");
  await signUp(page, email, "Ana Pérez");
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Mi cuenta" })).toBeVisible();
  await expect(page.getByText(`Entraste como ${email}`)).toBeVisible();

  await page.getByRole("button", { name: "Salir" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Entrar" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);
});

test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
  const email = newEmail("error");
  await signUp(page, email);
  await signInWithPassword(page, email, "no es mi contraseña");
  const message = page.getByRole("form", { name: "Con contraseña" }).getByRole("alert");
  await expect(message).toHaveText("El correo o la contraseña no son correctos.");
  await signInWithPassword(page, newEmail("nadie"), "no es mi contraseña");
  await expect(message).toHaveText("El correo o la contraseña no son correctos.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-up form explains the password rule and refuses bad input in place", async ({
  page,
}) => {
  await page.goto("/sign-up");
  await expect(page.getByText("Entre 10 y 256 caracteres")).toBeVisible();
  await page.getByLabel("Nombre").fill("Ana");
  await page.getByLabel("Correo electrónico").fill("no-es-un-correo");
  await page.getByLabel("Nueva contraseña").fill("1234567890");
  await page.getByLabel("Repite la contraseña").fill("0987654321");
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page.getByText("Escribe un correo electrónico válido")).toBeVisible();
  await expect(page.getByText("de las más usadas")).toBeVisible();
  await expect(page.getByText("Las contraseñas no coinciden.")).toBeVisible();
  // What was typed is kept (except passwords), and focus goes to the first problem.
  await expect(page.getByLabel("Nombre")).toHaveValue("Ana");
  await expect(page.getByLabel("Correo electrónico")).toBeFocused();
});

test("sign in with a magic link from the outbox; the link works once", async ({ page }) => {
  const email = newEmail("enlace");
  await signUp(page, email);
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Con un enlace por correo" });
  await form.getByLabel("Correo electrónico").fill(email);
  await form.getByRole("button", { name: "Enviarme el enlace" }).click();
  await expect(page.getByText("te enviamos un enlace de acceso")).toBeVisible();

  const link = await linkFromOutbox(page, email);
  await page.goto(link);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Entraste como ${email}`)).toBeVisible();

  await page.getByRole("button", { name: "Salir" }).click();
  await page.goto(link);
  await expect(page.getByText("Ese enlace de acceso venció o ya se usó")).toBeVisible();
});

test("a magic link request for an unknown address gets the same answer", async ({ page }) => {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Con un enlace por correo" });
  await form.getByLabel("Correo electrónico").fill(newEmail("desconocida"));
  await form.getByRole("button", { name: "Enviarme el enlace" }).click();
  await expect(page.getByText("te enviamos un enlace de acceso")).toBeVisible();
});

test("reset a forgotten password; the old one stops working and the link is single use", async ({
  page,
}) => {
  const email = newEmail("olvido");
  await signUp(page, email);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "¿Olvidaste tu contraseña?" }).click();
  await expect(page.getByRole("heading", { name: "Recuperar la contraseña" })).toBeVisible();
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByRole("button", { name: "Enviar enlace" }).click();
  await expect(
    page.getByText("te enviamos un enlace para elegir una contraseña nueva"),
  ).toBeVisible();

  const link = await linkFromOutbox(page, email);
  await page.goto(link);
  await page.getByLabel("Nueva contraseña").fill("otra frase todavía más larga");
  await page.getByLabel("Repite la contraseña").fill("otra frase todavía más larga");
  await page.getByRole("button", { name: "Guardar la contraseña" }).click();
  await expect(page.getByText("Tu contraseña cambió. Entra con la nueva.")).toBeVisible();

  await signInWithPassword(page, email, PASSWORD);
  await expect(page.getByRole("form", { name: "Con contraseña" }).getByRole("alert")).toBeVisible();
  await signInWithPassword(page, email, "otra frase todavía más larga");
  await expect(page).toHaveURL(/\/account$/);

  await page.goto(link);
  await expect(page.getByText("Este enlace venció o ya se usó.")).toBeVisible();
});

test("a protected page sends a visitor to sign in and back; a foreign callback is ignored", async ({
  page,
}) => {
  const email = newEmail("vuelta");
  await signUp(page, email);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("button", { name: "Salir" }).click();

  await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/account$/);
});

test("signing out everywhere ends the session in another browser", async ({ browser, page }) => {
  const email = newEmail("todas");
  await signUp(page, email);
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);

  const other = await browser.newContext({ locale: "es-ES" });
  const second = await other.newPage();
  await second.goto("/sign-in");
  await signInWithPassword(second, email);
  await expect(second).toHaveURL(/\/account$/);

  await second.getByRole("button", { name: "Cerrar sesión en todos los dispositivos" }).click();
  await expect(second.getByText("Cerramos tu sesión en todos los dispositivos.")).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await other.close();
});

test("change the password on the account page: this browser stays in, others are signed out", async ({
  browser,
  page,
}) => {
  const email = newEmail("cambio");
  await signUp(page, email);
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);

  const other = await browser.newContext({ locale: "es-ES" });
  const second = await other.newPage();
  await second.goto("/sign-in");
  await signInWithPassword(second, email);
  await expect(second).toHaveURL(/\/account$/);

  const form = page.getByRole("form", { name: "Contraseña" });
  await form.getByLabel("Contraseña actual").fill("no es la actual");
  await form.getByLabel("Nueva contraseña").fill("la nueva frase secreta");
  await form.getByLabel("Repite la contraseña").fill("la nueva frase secreta");
  await form.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(form.getByText("La contraseña actual no es correcta.")).toBeVisible();

  await form.getByLabel("Contraseña actual").fill(PASSWORD);
  await form.getByLabel("Nueva contraseña").fill("la nueva frase secreta");
  await form.getByLabel("Repite la contraseña").fill("la nueva frase secreta");
  await form.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(page.getByText("Tu contraseña cambió. Cerramos las demás sesiones.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Mi cuenta" })).toBeVisible();

  await second.reload();
  await expect(second).toHaveURL(/\/sign-in/);
  await other.close();
});

test("too many wrong passwords: a clear message says when to try again", async ({ page }) => {
  const email = newEmail("bloqueo");
  await signUp(page, email);
  const alert = page.getByRole("form", { name: "Con contraseña" }).getByRole("alert");
  // A fresh page per attempt, so each answer is a new message, not the last one.
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await signInWithPassword(page, email, `intento equivocado ${i}`);
    await expect(alert).toHaveText("El correo o la contraseña no son correctos.");
  }
  await page.goto("/sign-in");
  await signInWithPassword(page, email, PASSWORD);
  await expect(alert).toHaveText(/^Demasiados intentos\. Vuelve a intentarlo en 1[45] minutos\.$/);
  await expect(page).toHaveURL(/\/sign-in/);
});
