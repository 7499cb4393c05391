import { expect, type Page, test } from "@playwright/test";
import { newEmail, signInWithPassword, signUp } from "./helpers";

async function signedInAs(page: Page, email: string, password?: string) {
  await page.goto("/sign-in");
  await signInWithPassword(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
}

async function addToCommittee(page: Page, name: string, group: string) {
  const form = page.getByRole("form", { name: "Sumar a una persona" });
  await form.getByLabel("Nombre").fill(name);
  await form.getByLabel("Grupo de interés").selectOption({ label: group });
  await form.getByRole("button", { name: "Sumar al comité" }).click();
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
}

test("register an initiative, build its committee, be found, welcome a member, get verified", async ({
  browser,
  page,
}) => {
  const stamp = Date.now().toString(36);
  const name = `Foro Juvenil de Gobernanza de Panamá ${stamp}`;
  const leadEmail = newEmail("lider");
  await signUp(page, leadEmail, "Lía Líder");
  await signedInAs(page, leadEmail);

  await page.getByRole("link", { name: "Iniciativas", exact: true }).click();
  await page.getByRole("link", { name: "Registrar una iniciativa" }).click();
  const create = page.getByRole("form", { name: "Registrar una iniciativa" });
  await create.getByLabel("Nombre").fill(name);
  await create.getByLabel("Sigla").fill("FJGP");
  await create.getByLabel("Tipo de iniciativa").selectOption("youth");
  await create.getByLabel("Países").selectOption(["PA"]);
  await create.getByLabel("Subregión").selectOption("central_america");
  await create.getByLabel("Año de creación").fill("2022");
  await create.getByLabel("Sitio web").fill("https://example.org/fjgp");
  await create
    .getByLabel("Descripción")
    .fill("<b>Jóvenes</b> que debaten la gobernanza de Internet.");
  await create.getByRole("button", { name: "Registrar" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByText("<b>Jóvenes</b> que debaten")).toBeVisible();
  await expect(page.getByText("Tu rol: Coordinación")).toBeVisible();

  await page.getByRole("link", { name: "Comité", exact: true }).click();
  await addToCommittee(page, "Ana Gobierno", "Gobierno");
  await addToCommittee(page, "Beto Academia", "Academia");
  await addToCommittee(page, "Caro Sociedad", "Sociedad civil");
  await expect(page.getByText("3 de 5 grupos de interés")).toBeVisible();
  await expect(page.getByText("Cumple el mínimo de tres grupos")).toBeVisible();

  const visitor = await browser.newContext({ locale: "es-ES" });
  const search = await visitor.newPage();
  await search.goto("/initiatives");
  await search
    .getByLabel("Buscar por nombre o sigla")
    .fill(`foro juvenil de gobernanza de panama ${stamp}`);
  await search.getByRole("button", { name: "Aplicar" }).click();
  await expect(search.getByRole("heading", { name: "1 iniciativa" })).toBeVisible();
  await search.getByRole("link", { name }).click();
  await expect(search.getByText("3 de 5 grupos de interés")).toBeVisible();

  const joinerEmail = newEmail("socia");
  await signUp(search, joinerEmail, "Sol Socia");
  await signedInAs(search, joinerEmail);
  await search.goto("/initiatives?q=FJGP");
  await search.getByRole("link", { name }).click();
  const join = search.getByRole("form", { name: "Pedir unirme" });
  await join
    .getByLabel("Mensaje para la coordinación (opcional)")
    .fill("Coordino el grupo de jóvenes de mi universidad.");
  await join.getByRole("button", { name: "Pedir unirme" }).click();
  await expect(search.getByText("Tu pedido para unirte está pendiente.")).toBeVisible();

  await page.goto("/my-initiatives");
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Personas y pedidos" }).click();
  await expect(page.getByText("Coordino el grupo de jóvenes")).toBeVisible();
  await page
    .getByRole("form", { name: "Aprobar a Sol Socia" })
    .getByRole("button", { name: "Aprobar" })
    .click();
  await expect(page.getByText("No hay pedidos pendientes.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Sol Socia/ })).toContainText("Miembro");

  await search.goto("/my-initiatives");
  await expect(search.getByRole("link", { name })).toBeVisible();
  await expect(search.getByText("Miembro")).toBeVisible();
  await visitor.close();

  const stewardContext = await browser.newContext({ locale: "es-ES" });
  const steward = await stewardContext.newPage();
  await signedInAs(steward, "steward@demo.padrinazgo.org", "demo-padrinazgo-2026");
  await steward.getByRole("link", { name: "Verificación" }).click();
  const panel = steward.getByRole("form", { name: `Verificar ${name}` });
  await panel.getByRole("button", { name: "Verificar" }).click();
  await expect(steward.getByText("Iniciativa verificada.")).toBeVisible();
  await stewardContext.close();

  await page.goto("/initiatives?verified=1&kind=youth");
  await expect(
    page.getByRole("listitem").filter({ hasText: name }).getByText("Verificada"),
  ).toBeVisible();
});

test("a renamed initiative keeps its old address, and a duplicate name points to the existing one", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const leadEmail = newEmail("renombra");
  await signUp(page, leadEmail);
  await signedInAs(page, leadEmail);
  await page.goto("/initiatives/new");
  const create = page.getByRole("form", { name: "Registrar una iniciativa" });
  await create.getByLabel("Nombre").fill(`Mesa Vieja ${stamp}`);
  await create.getByLabel("Países").selectOption(["UY"]);
  await create.getByRole("button", { name: "Registrar" }).click();
  await expect(page).toHaveURL(new RegExp(`/initiatives/mesa-vieja-${stamp}$`));

  await page.getByRole("link", { name: "Editar perfil" }).click();
  await page.getByRole("textbox", { name: "Nombre", exact: true }).fill(`Mesa Nueva ${stamp}`);
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page).toHaveURL(new RegExp(`/initiatives/mesa-nueva-${stamp}$`));
  await page.goto(`/initiatives/mesa-vieja-${stamp}`);
  await expect(page).toHaveURL(new RegExp(`/initiatives/mesa-nueva-${stamp}$`));

  await page.goto("/initiatives/new");
  await create.getByLabel("Nombre").fill(`MESA nueva ${stamp}`);
  await create.getByLabel("Países").selectOption(["UY"]);
  await create.getByRole("button", { name: "Registrar" }).click();
  await expect(create.getByRole("alert")).toContainText(
    `Ya existe una iniciativa con ese nombre: Mesa Nueva ${stamp}.`,
  );
  await create.getByRole("link", { name: `Ver Mesa Nueva ${stamp} y pedir unirte` }).click();
  await expect(page).toHaveURL(new RegExp(`/initiatives/mesa-nueva-${stamp}$`));
});
