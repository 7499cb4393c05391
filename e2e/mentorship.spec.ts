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

test("Barbados proposes, Colombia accepts, both see the mentorship and Barbados is told", async ({
  browser,
}) => {
  const barbadosContext = await browser.newContext({ locale: "es-ES" });
  const barbados = await barbadosContext.newPage();
  await barbados.goto("/sign-in");
  await signInWithPassword(barbados, "lead.barbados@demo.padrinazgo.org", DEMO_PASSWORD);
  await expect(barbados).toHaveURL(/\/account$/);
  await barbados.goto("/initiatives/igf-barbados/mentorship");
  await barbados.getByRole("link", { name: "See suggestions" }).click();
  const colombia = barbados
    .getByRole("listitem")
    .filter({ hasText: "Mesa Colombiana de Gobernanza de Internet" });
  await colombia.locator("summary", { hasText: "Propose mentorship" }).click();
  const form = colombia.getByRole("form", {
    name: "Propose mentorship to Mesa Colombiana de Gobernanza de Internet",
  });
  await form.getByLabel("Message (optional)").fill("We would love your help with sponsors.");
  await form.getByRole("button", { name: "Propose mentorship" }).click();
  await expect(
    barbados.getByRole("heading", { name: /Mentorship between Mesa Colombiana/ }),
  ).toBeVisible();
  await expect(barbados.getByText("Proposed", { exact: true })).toBeVisible();

  const colombiaContext = await browser.newContext({ locale: "es-ES" });
  const lead = await colombiaContext.newPage();
  await lead.goto("/sign-in");
  await signInWithPassword(lead, "lead.colombia@demo.padrinazgo.org", DEMO_PASSWORD);
  await expect(lead).toHaveURL(/\/account$/);
  await lead.getByRole("link", { name: /Avisos 1 sin leer/ }).click();
  await lead
    .getByRole("link", { name: /Nueva propuesta de padrinazgo entre Mesa Colombiana/ })
    .click();
  await expect(lead.getByText("We would love your help with sponsors.")).toBeVisible();
  await lead.getByRole("button", { name: "Aceptar" }).click();
  await expect(lead.getByText("Padrinazgo aceptado: ya está activo.")).toBeVisible();
  await expect(lead.getByText("Activo", { exact: true })).toBeVisible();

  // Colombia sets a goal from Barbados' toolkit.
  const goal = lead.getByRole("form", { name: "Agregar objetivo" });
  await goal.getByLabel("Paso del kit").selectOption({
    label: "Patrocinios registrados públicamente, sin que ninguno dirija el programa",
  });
  await goal.getByRole("button", { name: "Agregar objetivo" }).click();
  await expect(
    lead.getByRole("link", {
      name: "Patrocinios registrados públicamente, sin que ninguno dirija el programa",
    }),
  ).toBeVisible();

  // Barbados logs a meeting and marks the goal step done.
  await barbados.reload();
  const meeting = barbados.getByRole("form", { name: "Log the meeting" });
  await meeting.getByLabel("Date").fill("2026-11-20");
  await meeting.getByLabel("Summary").fill("Mapped ten possible sponsors.");
  await meeting.getByRole("button", { name: "Log the meeting" }).click();
  await expect(barbados.getByText("Mapped ten possible sponsors.")).toBeVisible();
  await barbados
    .getByRole("link", { name: "Sponsors recorded publicly, none steering the programme" })
    .click();
  const update = barbados.getByRole("form", { name: "Update" });
  await update.getByLabel("Status").selectOption("done");
  await update.getByRole("button", { name: "Save the step" }).click();
  await expect(barbados.getByText("Step saved.")).toBeVisible();

  // Colombia sees the progress on the goal, and the notice of the meeting.
  await lead.reload();
  await expect(
    lead
      .getByRole("listitem")
      .filter({ hasText: "Patrocinios registrados públicamente" })
      .getByText("Hecho"),
  ).toBeVisible();
  await lead.goto("/notifications");
  await expect(
    lead.getByRole("link", {
      name: /Nueva reunión registrada en el padrinazgo entre Mesa Colombiana/,
    }),
  ).toBeVisible();

  await barbados.goto("/notifications");
  await expect(
    barbados.getByRole("link", {
      name: /Accepted: the mentorship between Mesa Colombiana de Gobernanza de Internet and IGF Barbados is active/,
    }),
  ).toBeVisible();
  await barbados.goto("/initiatives/igf-barbados/mentorship");
  await expect(
    barbados
      .getByRole("listitem")
      .filter({ hasText: "with Mesa Colombiana de Gobernanza de Internet" })
      .getByText("Active"),
  ).toBeVisible();
  await barbadosContext.close();
  await colombiaContext.close();
});

test("my network puts first what waits for the person's answer", async ({ page }) => {
  await page.goto("/sign-in");
  await signInWithPassword(page, "lead.panama@demo.padrinazgo.org", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("link", { name: "Mi red" }).click();
  const toAnswer = page.getByRole("region", { name: "Esperan tu respuesta" });
  await expect(
    toAnswer.getByRole("link", { name: "con Mesa Colombiana de Gobernanza de Internet" }),
  ).toBeVisible();
  // A page past the end of a list shows its last page; one page needs no page links.
  await page.goto("/my-network?answer=7&active=3");
  await expect(
    toAnswer.getByRole("link", { name: "con Mesa Colombiana de Gobernanza de Internet" }),
  ).toBeVisible();
  await expect(page.getByRole("navigation", { name: /^Páginas de/ })).toHaveCount(0);
  const active = page.getByRole("region", { name: "Padrinazgos activos" });
  await active
    .getByRole("link", { name: "con Grupo Iniciativa de Gobernanza de Internet" })
    .click();
  await expect(page.getByText("Revisamos la convocatoria abierta de temas.")).toBeVisible();
  await expect(
    page.getByText("Buen borrador. Sugerimos sumar una consulta en línea de dos semanas."),
  ).toBeVisible();
});

test("a lead asks for help in the browser and gets explained suggestions", async ({ page }) => {
  await page.goto("/sign-in");
  await signInWithPassword(page, "lead.costarica@demo.padrinazgo.org", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/initiatives/igf-costa-rica/mentorship");
  const form = page.getByRole("form", { name: "Pedir ayuda" });
  await form.getByRole("button", { name: "Publicar el pedido" }).click();
  await expect(form.getByText("Elige al menos un tema.")).toBeVisible();
  await form.getByRole("checkbox", { name: "Comité" }).check();
  await form.getByRole("checkbox", { name: "Financiamiento" }).check();
  await form
    .getByLabel("Qué necesitan")
    .fill("Queremos sumar al sector privado sin perder independencia.");
  await form.getByRole("button", { name: "Publicar el pedido" }).click();
  await expect(page.getByText("Pedido publicado.")).toBeVisible();
  // Costa Rica's demo request is listed too: open the suggestions of the one just made.
  await page
    .getByRole("listitem")
    .filter({ hasText: "Queremos sumar al sector privado" })
    .getByRole("link", { name: "Ver sugerencias" })
    .click();
  const colombia = page
    .getByRole("listitem")
    .filter({ hasText: "Mesa Colombiana de Gobernanza de Internet" });
  await expect(colombia.locator("[data-reasons]")).toContainText(
    "cubre comité y financiamiento; ambas trabajan en español",
  );
});
