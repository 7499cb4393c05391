import { expect, type Page, test } from "@playwright/test";
import { newEmail, signInWithPassword, signUp } from "./helpers";

async function register(page: Page, name: string) {
  await page.goto("/initiatives/new");
  const create = page.getByRole("form", { name: "Registrar una iniciativa" });
  await create.getByLabel("Nombre").fill(name);
  await create.getByLabel("Países").selectOption(["BB"]);
  await create.getByRole("button", { name: "Registrar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

async function saveStep(
  page: Page,
  slugPath: string,
  title: string,
  status: string,
  evidence?: { label: string; value: string },
) {
  await page.goto(`${slugPath}/checklist`);
  await page.getByRole("link", { name: `Actualizar: ${title}` }).click();
  const form = page.getByRole("form", { name: "Actualizar" });
  await form.getByLabel("Estado").selectOption({ label: status });
  if (evidence) await form.getByLabel(evidence.label).fill(evidence.value);
  await form.getByRole("button", { name: "Guardar el paso" }).click();
  await expect(page.getByText("Paso guardado.")).toBeVisible();
}

test("a lead marks steps done with evidence, sees the bars move and what the recognition packet still misses", async ({
  page,
}) => {
  const email = newEmail("kit");
  await signUp(page, email, "Kira Kit");
  await page.goto("/sign-in");
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/account$/);
  const name = `IGF Kit ${Date.now().toString(36)}`;
  await register(page, name);
  const slugPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Ver la lista completa" }).click();
  await expect(page.getByText("0% completado")).toBeVisible();
  await expect(
    page.getByRole("progressbar", { name: "Avance en Transparencia: 0%" }),
  ).toBeVisible();

  await saveStep(
    page,
    slugPath,
    "Página web: quiénes participan, cómo sumarse, contacto",
    "Hecho",
    {
      label: "Enlace de evidencia",
      value: "https://example.org/kit",
    },
  );
  await saveStep(
    page,
    slugPath,
    "Contactar al punto focal de las NRI y sumarse a la lista de coordinación",
    "Hecho",
    {
      label: "Fecha de evidencia",
      value: "2026-03-02",
    },
  );
  await expect(page.getByText("Kira Kit lo marcó como «Hecho»")).toBeVisible();

  await page.goto(`${slugPath}/checklist`);
  await expect(
    page.getByRole("progressbar", { name: "Avance en Transparencia: 50%" }),
  ).toBeVisible();
  await expect(page.getByText("2 de 24 pasos que aplican")).toBeVisible();

  await page.goto(`${slugPath}/checklist/committee-3-groups`);
  await expect(
    page.getByText("El registro del comité aún no lo cumple: 0 de 5 grupos de interés."),
  ).toBeVisible();

  await page.goto(`${slugPath}/recognition-packet`);
  await expect(
    page.getByRole("heading", { name: `Paquete de reconocimiento de ${name}` }),
  ).toBeVisible();
  await expect(page.getByText(/^Faltan \d+ elementos\.$/)).toBeVisible();
  const focal = page.getByRole("listitem").filter({ hasText: "Contactar al punto focal" });
  await expect(focal.getByText("Hecho")).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: "Aparecer en la página de NRI del IGF" })
      .getByText("⚠"),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Imprimir o guardar como PDF" })).toBeVisible();
});

test("a public checklist is readable by visitors; a private one is not", async ({ page }) => {
  await page.goto("/initiatives/mesa-colombiana-de-gobernanza-de-internet/checklist");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Kit de herramientas de Mesa Colombiana",
  );
  await expect(page.getByRole("link", { name: /^Actualizar/ })).toHaveCount(0);
  await page.goto("/initiatives/igf-barbados");
  await expect(page.getByText("Esta lista es privada.")).toBeVisible();
  await page.goto("/initiatives/igf-barbados/checklist");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});
