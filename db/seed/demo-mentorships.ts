import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/session";
import { accept, propose } from "@/lib/mentorship/lifecycle";
import { publishRequest } from "@/lib/mentorship/listings";
import { addNote, logMeeting, setGoal } from "@/lib/mentorship/workspace";
import type { Db } from "../index";
import { listOffersOf, listRequestsOf } from "../queries/offers";
import { initiatives, users } from "../schema";

async function actor(db: Db, email: string): Promise<Actor> {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, isSteward: users.isSteward })
    .from(users)
    .where(eq(users.email, email));
  if (!row) throw new Error(`demo person ${email} missing`);
  return row;
}

async function initiativeId(db: Db, name: string): Promise<string> {
  const [row] = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.name, name));
  if (!row) throw new Error(`demo initiative ${name} missing`);
  return row.id;
}

/**
 * The demo network's mentorships, made through the same rules as the app: Mexico already
 * mentors Panama (with meetings and notes), and Colombia's proposal to Panama waits.
 */
export async function seedDemoMentorships(db: Db): Promise<void> {
  const mexicoLead = await actor(db, "lead.mexico@demo.padrinazgo.org");
  const panamaLead = await actor(db, "lead.panama@demo.padrinazgo.org");
  const colombiaLead = await actor(db, "lead.colombia@demo.padrinazgo.org");
  const mexico = await initiativeId(db, "Grupo Iniciativa de Gobernanza de Internet");
  const panama = await initiativeId(db, "Diálogo de Gobernanza de Internet de Panamá");
  const colombia = await initiativeId(db, "Mesa Colombiana de Gobernanza de Internet");

  const [mexicoOffer] = await listOffersOf(mexico, db);
  const [panamaRequest] = await listRequestsOf(panama, db);
  if (!mexicoOffer || !panamaRequest) return;
  const proposed = await propose(
    panamaLead,
    {
      offerId: mexicoOffer.id,
      requestId: panamaRequest.id,
      message: "Nos gustaría aprender de su experiencia como sede del LACIGF.",
    },
    db,
  );
  if (!proposed.ok) return;
  await accept(mexicoLead, proposed.id, db);
  await setGoal(mexicoLead, proposed.id, "open-call", false, db);
  await setGoal(mexicoLead, proposed.id, "agenda", false, db);
  await logMeeting(
    mexicoLead,
    {
      mentorshipId: proposed.id,
      heldOn: "2026-09-15",
      minutes: 60,
      summary: "Primera reunión: alcance del diálogo y calendario.",
      nextSteps: "Borrador de convocatoria abierta.",
    },
    db,
  );
  await logMeeting(
    panamaLead,
    {
      mentorshipId: proposed.id,
      heldOn: "2026-10-20",
      minutes: 45,
      summary: "Revisamos la convocatoria abierta de temas.",
      nextSteps: "Publicarla en noviembre.",
    },
    db,
  );
  await addNote(
    panamaLead,
    proposed.id,
    "Compartimos el borrador de la convocatoria en la carpeta común.",
    db,
  );
  await addNote(
    mexicoLead,
    proposed.id,
    "Buen borrador. Sugerimos sumar una consulta en línea de dos semanas.",
    db,
  );

  const [colombiaOffer] = await listOffersOf(colombia, db);
  await publishRequest(
    panamaLead,
    {
      initiativeId: panama,
      topics: ["recognition"],
      languages: ["es"],
      description: "Preparar el registro ante la Secretaría del IGF.",
      horizon: null,
    },
    db,
  );
  const second = (await listRequestsOf(panama, db)).find((r) => r.status === "open");
  if (colombiaOffer && second) {
    await propose(
      colombiaLead,
      {
        offerId: colombiaOffer.id,
        requestId: second.id,
        message: "Podemos acompañarlos en el paquete de reconocimiento.",
      },
      db,
    );
  }
}
