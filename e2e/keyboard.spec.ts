// The main journeys with the keyboard alone: every step inside a journey is a key press
// (Tab, Shift+Tab, Enter, Space, arrows) or typed text, never a click or a fill. In the
// mentorship and checklist journeys, signing in and registering an initiative are set-up
// (signing in has its own journey first). Starting pages are opened by address, as from
// a bookmark.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { newLeadWithInitiative, signInWithPassword, tabTo } from "./helpers";

const DEMO_PASSWORD = "demo-padrinazgo-2026";
// Brazil's forum: no other journey touches it. Its lead's interface is in Portuguese.
const BRASIL = "Fórum da Internet no Brasil";
const BRASIL_PATH = "/initiatives/forum-da-internet-no-brasil";
// Mentees are named so: network.spec.ts keeps them out of its run (the offer and request
// made here would otherwise be drafted and published to each other by the stewards).
const MENTEE_PREFIX = "Juventude Teclado";

// Hundreds of key presses, each one waited for: more time than a pointer journey.
test.describe.configure({ timeout: 150_000 });

test("sign in with the keyboard alone: a wrong password, then the right one", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Saltar al contenido" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  const form = page.getByRole("form", { name: "Con contraseña" });
  const email = form.getByLabel("Correo electrónico");
  const password = form.getByLabel("Contraseña");
  await tabTo(page, email, { max: 5 });
  // LACIGF's lead: no other journey signs in with it, so one failure here limits nobody.
  await page.keyboard.type("lead.lacigf@demo.padrinazgo.org");
  await page.keyboard.press("Tab");
  await expect(password).toBeFocused();
  await page.keyboard.type("una contraseña cualquiera");
  await page.keyboard.press("Enter");
  await expect(form.getByRole("alert")).toHaveText("El correo o la contraseña no son correctos.");
  // Focus went to the message, just after the fields; the e-mail is still there.
  await expect(email).toHaveValue("lead.lacigf@demo.padrinazgo.org");
  await tabTo(page, password, { max: 3, back: true });
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
});

/** Sets a checkbox on or off with Space, after reaching it with Tab. */
async function setCheckbox(page: Page, box: Locator, on: boolean, max = 40) {
  await tabTo(page, box, { max });
  if ((await box.isChecked()) !== on) await page.keyboard.press("Space");
  if (on) await expect(box).toBeChecked();
  else await expect(box).not.toBeChecked();
}

test("offer → request → match → accept, with the keyboard alone", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const menteeName = `${MENTEE_PREFIX} ${stamp}`;

  // Set-up: a new initiative and its lead (signed up and registered through the forms).
  const menteeContext = await browser.newContext({ locale: "es-ES" });
  const mentee = await menteeContext.newPage();
  const menteePath = await newLeadWithInitiative(mentee, "Tania Teclado", menteeName, "BR");

  // Brazil's lead offers mentorship on youth participation, in Portuguese only: a pair no
  // demo offer or request (nor any other journey) fits, so the match is this journey's own.
  const mentorContext = await browser.newContext({ locale: "es-ES" });
  const mentor = await mentorContext.newPage();
  await mentor.goto("/sign-in");
  await signInWithPassword(mentor, "lead.brasil@demo.padrinazgo.org", DEMO_PASSWORD);
  await expect(mentor).toHaveURL(/\/account$/);
  await mentor.goto(`${BRASIL_PATH}/mentorship`);
  const offer = mentor.getByRole("form", { name: "Publicar uma oferta" });
  await setCheckbox(mentor, offer.getByRole("checkbox", { name: "Juventude" }), true);
  for (const language of ["Espanhol", "Inglês", "Português", "Francês"]) {
    await setCheckbox(
      mentor,
      offer.getByRole("checkbox", { name: language }),
      language === "Português",
    );
  }
  const note = `Oficinas de participação juvenil ${stamp}`;
  await tabTo(mentor, offer.getByLabel("Nota (opcional)"));
  await mentor.keyboard.type(note);
  const publishOffer = offer.getByRole("button", { name: "Publicar a oferta" });
  await tabTo(mentor, publishOffer);
  await mentor.keyboard.press("Enter");
  await expect(mentor.locator("[data-flash]")).toHaveText("Oferta publicada.");
  // The form stays on the page: focus stays on its button, not back at the page's start.
  await expect(publishOffer).toBeFocused();
  await expect(mentor.getByRole("listitem").filter({ hasText: note })).toContainText("Ativa");

  // The new initiative's lead asks for help with youth participation, in Portuguese.
  await mentee.goto(`${menteePath}/mentorship`);
  const request = mentee.getByRole("form", { name: "Pedir ayuda" });
  // Past the header and the form to offer mentorship, to the form to ask for help.
  await setCheckbox(mentee, request.getByRole("checkbox", { name: "Juventud" }), true, 80);
  for (const language of ["Español", "Inglés", "Portugués", "Francés"]) {
    await setCheckbox(
      mentee,
      request.getByRole("checkbox", { name: language }),
      language === "Portugués",
    );
  }
  await tabTo(mentee, request.getByLabel("Qué necesitan"));
  await mentee.keyboard.type("Queremos sumar a jóvenes de todo el país a nuestro foro.");
  const publishRequest = request.getByRole("button", { name: "Publicar el pedido" });
  await tabTo(mentee, publishRequest);
  await mentee.keyboard.press("Enter");
  await expect(mentee.locator("[data-flash]")).toHaveText("Pedido publicado.");
  await expect(publishRequest).toBeFocused();

  // Back up the page to the new request's suggestions.
  await tabTo(mentee, mentee.getByRole("link", { name: "Ver sugerencias" }), { back: true });
  await mentee.keyboard.press("Enter");
  await expect(mentee.getByRole("heading", { name: "Padrinos sugeridos" })).toBeVisible();
  const suggestion = mentee.getByRole("listitem").filter({ hasText: BRASIL }).first();
  await expect(suggestion.locator("[data-reasons]")).toContainText(
    "cubre juventud; ambas trabajan en portugués",
  );

  // The disclosure opens with Enter; its form follows in the tab order.
  const disclosure = suggestion.locator("summary", { hasText: "Proponer padrinazgo" });
  await tabTo(mentee, disclosure);
  await mentee.keyboard.press("Enter");
  const propose = suggestion.getByRole("form", { name: `Proponer padrinazgo a ${BRASIL}` });
  await mentee.keyboard.press("Tab");
  await expect(propose.getByLabel("Mensaje (opcional)")).toBeFocused();
  await mentee.keyboard.type("Nos encantaría aprender de sus talleres.");
  await mentee.keyboard.press("Tab");
  await expect(propose.getByRole("button", { name: "Proponer padrinazgo" })).toBeFocused();
  await mentee.keyboard.press("Enter");
  await expect(
    mentee.getByRole("heading", { name: `Padrinazgo entre ${BRASIL} y ${menteeName}` }),
  ).toBeVisible();
  await expect(mentee.getByText("Propuesto", { exact: true })).toBeVisible();

  // Brazil's lead goes to "My network" from the header and accepts.
  await mentor.goto(BRASIL_PATH);
  await tabTo(mentor, mentor.getByRole("link", { name: "Minha rede" }));
  await mentor.keyboard.press("Enter");
  const toAnswer = mentor.getByRole("region", { name: "Esperam a sua resposta" });
  await tabTo(mentor, toAnswer.getByRole("link", { name: `com ${menteeName}` }));
  await mentor.keyboard.press("Enter");
  await expect(mentor.getByText("Nos encantaría aprender de sus talleres.")).toBeVisible();
  await tabTo(mentor, mentor.getByRole("button", { name: "Aceitar" }), { max: 60 });
  await mentor.keyboard.press("Enter");
  // The accept form leaves the page: focus goes to the message saying what happened.
  const accepted = mentor.locator("[data-flash]");
  await expect(accepted).toHaveText("Apadrinhamento aceito: já está ativo.");
  await expect(accepted).toBeFocused();
  await expect(mentor.getByText("Ativo", { exact: true })).toBeVisible();

  // Both sides see it active.
  await mentor.goto("/my-network");
  await expect(
    mentor
      .getByRole("region", { name: "Apadrinhamentos ativos" })
      .getByRole("link", { name: `com ${menteeName}` }),
  ).toBeVisible();
  await mentee.goto(`${menteePath}/mentorship`);
  await expect(
    mentee
      .getByRole("listitem")
      .filter({ hasText: `con ${BRASIL}` })
      .getByText("Activo"),
  ).toBeVisible();
  await mentee.goto("/my-network");
  await expect(
    mentee
      .getByRole("region", { name: "Padrinazgos activos" })
      .getByRole("link", { name: `con ${BRASIL}` }),
  ).toBeVisible();
  await menteeContext.close();
  await mentorContext.close();
});

/** From a step's page, sets it done with Arrow keys, adds a note, then the evidence. */
async function markDone(page: Page, note: string, evidence: () => Promise<void>) {
  const form = page.getByRole("form", { name: "Actualizar" });
  const status = form.getByLabel("Estado");
  await tabTo(page, status);
  // A closed select changes with the arrows: to-do → in progress → done.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("done");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Nota")).toBeFocused();
  await page.keyboard.type(note);
  await page.keyboard.press("Tab");
  await evidence();
  const save = form.getByRole("button", { name: "Guardar el paso" });
  await tabTo(page, save);
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-flash]")).toHaveText("Paso guardado.");
  await expect(save).toBeFocused();
  await expect(page.getByText(/lo marcó como «Hecho»/)).toBeVisible();
  // Back up to the list.
  await tabTo(page, page.getByRole("link", { name: "← Volver a la lista" }), { back: true });
  await page.keyboard.press("Enter");
}

test("a lead records steps done with evidence on the checklist, with the keyboard alone", async ({
  page,
}) => {
  // Set-up: a new initiative and its lead.
  const path = await newLeadWithInitiative(
    page,
    "Kai Teclado",
    `IGF Teclado ${Date.now().toString(36)}`,
  );
  await page.goto(`${path}/checklist`);
  await expect(page.getByText("0% completado")).toBeVisible();

  // A step whose evidence is a link.
  const website = "Página web: quiénes participan, cómo sumarse, contacto";
  await tabTo(page, page.getByRole("link", { name: `Actualizar: ${website}` }), { max: 100 });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: website })).toBeVisible();
  await markDone(page, "Publicada con el comité y el contacto.", async () => {
    const url = page.getByLabel("Enlace de evidencia");
    await expect(url).toBeFocused();
    await page.keyboard.type("https://example.org/teclado");
  });
  await expect(page.getByText("4% completado")).toBeVisible();
  await expect(page.getByText("1 de 24 pasos que aplican")).toBeVisible();
  await expect(
    page.getByRole("progressbar", { name: "Avance en Transparencia: 50%" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "https://example.org/teclado" })).toBeVisible();

  // A step whose evidence is a date, typed segment by segment. Day and month are equal: the
  // segments' order follows the browser's own locale, not the page's language.
  const focal = "Contactar al punto focal de las NRI y sumarse a la lista de coordinación";
  await tabTo(page, page.getByRole("link", { name: `Actualizar: ${focal}` }), { max: 100 });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: focal })).toBeVisible();
  await markDone(page, "Escribimos al punto focal.", async () => {
    const date = page.getByLabel("Fecha de evidencia");
    await expect(date).toBeFocused();
    await page.keyboard.type("03032026");
    await expect(date).toHaveValue("2026-03-03");
  });
  await expect(page.getByText("8% completado")).toBeVisible();
  await expect(page.getByText("2 de 24 pasos que aplican")).toBeVisible();
  await expect(
    page.getByRole("progressbar", { name: "Avance en Comité organizador: 20%" }),
  ).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Avance general: 8%" })).toHaveAttribute(
    "aria-valuenow",
    "2",
  );
});
