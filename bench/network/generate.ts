// A large, realistic network for the benchmark, written straight into an empty, migrated
// database in batches (the app's own rules would take hours at this size): initiatives with
// leads, checklists with their histories, offers, requests, mentorships with goals, notes
// and meetings, and pending proposals for the accept benchmark. Deterministic for a seed.
import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { countryNamesEverywhere, LAC_COUNTRIES } from "@/lib/initiatives/countries";
import { foldText, searchTextFor } from "@/lib/initiatives/text";
import type { Db } from "../../db/index";
import { TEMPLATE_V1 } from "../../db/reference/toolkit-v1";
import {
  helpRequests,
  initiativeMembers,
  initiatives,
  mentorshipGoals,
  mentorshipMeetings,
  mentorshipNotes,
  mentorships,
  mentorshipTopics,
  offers,
  users,
} from "../../db/schema";
import { HELP_TOPICS, type HelpTopic, type Stage, SUB_REGIONS } from "../../db/schema/enums";
import { insertInBatches } from "./batches";
import { createRandom } from "./random";

export type NetworkSize = {
  initiatives: number;
  offers: number;
  requests: number;
  mentorships: number;
  /** Pending proposals to the bench mentor's offers, one accept each. */
  proposals: number;
};

export const FULL_NETWORK: NetworkSize = {
  initiatives: 10_000,
  offers: 5_000,
  requests: 5_000,
  mentorships: 2_000,
  proposals: 1_500,
};

export const REDUCED_NETWORK: NetworkSize = {
  initiatives: 1_000,
  offers: 500,
  requests: 500,
  mentorships: 200,
  proposals: 300,
};

export const BENCH_PASSWORD = "bench-padrinazgo-2026";

/** What the benchmark needs to find its way around the generated network. */
export type NetworkFixture = {
  steward: string;
  lead: string;
  mentor: string;
  /** An established initiative with an offer and mentorships (the lead's). */
  initiativeSlug: string;
  /** An active mentorship of the lead's initiative, for the workspace page. */
  mentorshipId: string;
  /** The lead's offer (places free), whose page ranks the open requests it could serve. */
  offerId: string;
  /** An open request, whose page ranks the offers that fit it for its lead (`requester`). */
  requestId: string;
  requester: string;
  /** Proposals the mentor may accept, in order. */
  proposalIds: string[];
  /** Initiatives the mentor leads, whose checklists the update benchmark edits. */
  checklistInitiativeIds: string[];
  /** Steps safe to set to "in progress" (no evidence needed). */
  checklistSteps: string[];
  /** A directory search with filters that finds part of the network. */
  directoryQuery: string;
};

// Offers 1..MENTOR_OFFERS belong to the bench mentor: capacity 50, all topics, no mentees yet.
const MENTOR_OFFERS = 30;
const DAY = 86_400_000;

export async function generateNetwork(
  db: Db,
  size: NetworkSize,
  seed = 2026,
): Promise<NetworkFixture> {
  if (size.offers + size.requests > size.initiatives)
    throw new Error("every offer and request needs its own initiative");
  if (size.mentorships > size.requests || size.mentorships + size.proposals > size.requests)
    throw new Error("mentorships and proposals need distinct requests");
  const random = createRandom(seed);
  const now = Date.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const stewardId = crypto.randomUUID();
  const leadId = crypto.randomUUID();
  const mentorId = crypto.randomUUID();
  const fixtureUsers = [
    {
      id: stewardId,
      email: "steward@bench.padrinazgo.org",
      name: "Bench Steward",
      isSteward: true,
    },
    { id: leadId, email: "lead@bench.padrinazgo.org", name: "Bench Lead", isSteward: false },
    { id: mentorId, email: "mentor@bench.padrinazgo.org", name: "Bench Mentor", isSteward: false },
  ];

  // Initiatives: first the offering (established), then the requesting (newer), then the rest.
  const countryNames = new Map<string, string[]>();
  const rows: (typeof initiatives.$inferInsert)[] = [];
  const leads: (typeof users.$inferInsert)[] = [];
  const members: (typeof initiativeMembers.$inferInsert)[] = [];
  for (let i = 0; i < size.initiatives; i++) {
    const country = random.pick(LAC_COUNTRIES);
    if (!countryNames.has(country)) countryNames.set(country, countryNamesEverywhere([country]));
    const stage: Stage =
      i < size.offers
        ? "established"
        : i < size.offers + size.requests
          ? random.pick(["emerging", "developing"] as const)
          : random.pick(["emerging", "developing", "established"] as const);
    const kind = random.pick([
      "national",
      "national",
      "national",
      "youth",
      "sub_regional",
    ] as const);
    const name = `${kind === "youth" ? "Youth IGF" : "Foro de Gobernanza de Internet"} ${country} ${i + 1}`;
    const id = crypto.randomUUID();
    const established = 1995 + random.int(0, 30);
    rows.push({
      id,
      slug: `bench-${i + 1}`,
      name,
      nameKey: foldText(name),
      acronym: `IGF-${country}-${i + 1}`,
      searchText: searchTextFor(name, `IGF-${country}-${i + 1}`, countryNames.get(country)),
      kind,
      countries: [country],
      subRegion: random.pick(SUB_REGIONS.slice(0, 3)),
      languages: random.pick([["es"], ["es", "en"], ["en"], ["pt"], ["es", "pt"]] as const).slice(),
      yearEstablished: established,
      description: "Una iniciativa de la red generada para medir la aplicación a escala.",
      stage,
      verifiedAt: stage === "emerging" ? null : new Date(now - random.int(30, 900) * DAY),
      recognizedOn: stage === "established" ? `${Math.min(established + 2, 2026)}-06-01` : null,
      checklistPublic: stage !== "emerging",
    });
    const ownerId =
      i === 0 ? leadId : i <= MENTOR_OFFERS ? mentorId : (crypto.randomUUID() as string);
    if (i > MENTOR_OFFERS)
      leads.push({
        id: ownerId,
        email: `lead${i + 1}@bench.padrinazgo.org`,
        name: `Lead ${i + 1}`,
        passwordHash,
        emailVerified: new Date(now),
      });
    members.push({ initiativeId: id, userId: ownerId, role: "lead" });
  }
  await insertInBatches(
    db,
    users,
    fixtureUsers.map((u) => ({ ...u, passwordHash, emailVerified: new Date(now) })),
  );
  await insertInBatches(db, users, leads);
  await insertInBatches(db, initiatives, rows);
  await insertInBatches(db, initiativeMembers, members);
  await insertChecklists(db);

  // Offers from the first `offers` initiatives; the bench mentor's take every topic.
  const offerRows = rows.slice(0, size.offers).map((row, i) => {
    const mentor = i >= 1 && i <= MENTOR_OFFERS;
    return {
      id: crypto.randomUUID(),
      initiativeId: row.id as string,
      topics: mentor ? [...HELP_TOPICS] : random.sample(HELP_TOPICS, random.int(2, 4)),
      languages: row.languages ?? ["es"],
      capacity: mentor ? 50 : i === 0 ? 12 : random.int(1, 5),
      note: "",
      activeCount: 0,
      createdBy: members[i]?.userId ?? null,
    };
  });
  const requestRows = rows.slice(size.offers, size.offers + size.requests).map((row, i) => ({
    id: crypto.randomUUID(),
    initiativeId: row.id as string,
    topics: random.sample(HELP_TOPICS, random.int(1, 3)),
    languages: row.languages ?? ["es"],
    description: "Buscamos apoyo para formar el comité y convocar el primer foro.",
    status: "open" as "open" | "matched",
    createdBy: members[size.offers + i]?.userId ?? null,
  }));

  // Mentorships: the lead's initiative mentors ten; the rest spread over the other offers.
  const mentorshipRows: (typeof mentorships.$inferInsert)[] = [];
  const topicRows: (typeof mentorshipTopics.$inferInsert)[] = [];
  const goalRows: (typeof mentorshipGoals.$inferInsert)[] = [];
  const noteRows: (typeof mentorshipNotes.$inferInsert)[] = [];
  const meetingRows: (typeof mentorshipMeetings.$inferInsert)[] = [];
  const others = size.offers - MENTOR_OFFERS - 1;
  for (let k = 0; k < size.mentorships; k++) {
    const offer = offerRows[k < 10 ? 0 : MENTOR_OFFERS + 1 + (k % others)];
    const request = requestRows[k];
    if (!offer || !request) break;
    const active = k < 10 || k % 10 >= 3;
    const topic = offer.topics[0] as HelpTopic;
    if (!request.topics.includes(topic)) request.topics = [topic, ...request.topics].slice(0, 3);
    const topics = request.topics.filter((t) => offer.topics.includes(t));
    const started = new Date(now - random.int(20, 400) * DAY);
    const id = crypto.randomUUID();
    const mentorLead = members.find((m) => m.initiativeId === offer.initiativeId)?.userId;
    mentorshipRows.push({
      id,
      offerId: offer.id,
      requestId: request.id,
      mentorInitiativeId: offer.initiativeId,
      menteeInitiativeId: request.initiativeId,
      topics,
      state: active ? "active" : "completed",
      proposerSide: "mentee",
      proposedBy: request.createdBy,
      message: "Nos gustaría aprender de su experiencia.",
      answeredBy: mentorLead ?? null,
      expiresAt: new Date(started.getTime() + 14 * DAY),
      startedAt: started,
      closedAt: active ? null : new Date(started.getTime() + 180 * DAY),
      createdAt: new Date(started.getTime() - 3 * DAY),
    });
    if (active) offer.activeCount += 1;
    request.status = "matched";
    for (const t of topics)
      topicRows.push({
        mentorshipId: id,
        mentorInitiativeId: offer.initiativeId,
        menteeInitiativeId: request.initiativeId,
        topic: t,
        active,
      });
    for (const step of random.sample(TEMPLATE_V1, 3))
      goalRows.push({ mentorshipId: id, stepKey: step.key });
    for (let n = 0; n < 3; n++)
      noteRows.push({
        mentorshipId: id,
        authorId: n % 2 ? (request.createdBy ?? null) : (mentorLead ?? null),
        body: `Nota ${n + 1}: acordamos los próximos pasos del comité.`,
        createdAt: new Date(started.getTime() + (n + 1) * 7 * DAY),
      });
    for (let n = 0; n < 2; n++)
      meetingRows.push({
        mentorshipId: id,
        heldOn: new Date(started.getTime() + (n + 1) * 14 * DAY).toISOString().slice(0, 10),
        minutes: 45,
        summary: "Revisamos el mapa de actores y la convocatoria.",
        createdBy: mentorLead ?? null,
      });
  }

  // Pending proposals from open requests to the bench mentor's offers (at most 50 each).
  const proposalIds: string[] = [];
  for (let p = 0; p < size.proposals; p++) {
    const request = requestRows[size.mentorships + p];
    const offer = offerRows[1 + (p % MENTOR_OFFERS)];
    if (!request || !offer) break;
    const id = crypto.randomUUID();
    proposalIds.push(id);
    mentorshipRows.push({
      id,
      offerId: offer.id,
      requestId: request.id,
      mentorInitiativeId: offer.initiativeId,
      menteeInitiativeId: request.initiativeId,
      topics: request.topics,
      state: "proposed",
      proposerSide: "mentee",
      proposedBy: request.createdBy,
      message: "¿Nos acompañarían este año?",
      expiresAt: new Date(now + 30 * DAY),
    });
  }
  if (size.proposals > MENTOR_OFFERS * 50) throw new Error("more proposals than places");

  await insertInBatches(db, offers, offerRows);
  await insertInBatches(db, helpRequests, requestRows);
  await insertInBatches(db, mentorships, mentorshipRows);
  await insertInBatches(db, mentorshipTopics, topicRows);
  await insertInBatches(db, mentorshipGoals, goalRows);
  await insertInBatches(db, mentorshipNotes, noteRows);
  await insertInBatches(db, mentorshipMeetings, meetingRows);

  const first = mentorshipRows[0];
  const lacCountry = rows[0]?.countries?.[0] ?? "MX";
  const lastRequest = requestRows[requestRows.length - 1];
  const requester = leads.find((l) => l.id === lastRequest?.createdBy);
  return {
    steward: fixtureUsers[0]?.email ?? "",
    lead: fixtureUsers[1]?.email ?? "",
    mentor: fixtureUsers[2]?.email ?? "",
    initiativeSlug: rows[0]?.slug ?? "",
    mentorshipId: first?.id ?? "",
    offerId: offerRows[0]?.id ?? "",
    requestId: lastRequest?.id ?? "",
    requester: requester?.email ?? "",
    proposalIds,
    checklistInitiativeIds: rows.slice(1, MENTOR_OFFERS + 1).map((r) => r.id as string),
    checklistSteps: TEMPLATE_V1.filter((s) => s.evidence === "none").map((s) => s.key),
    directoryQuery: `q=${encodeURIComponent(countryNames.get(lacCountry)?.[0] ?? "foro")}&stage=established`,
  };
}

/**
 * Every initiative's checklist by its stage (established: all done; developing: 12 done and 3
 * under way; emerging: 1 and 2), each saved step with the states it went through. Set-based
 * in the database: hundreds of thousands of rows would take minutes as parameters on PGlite.
 */
async function insertChecklists(db: Db): Promise<void> {
  const plan = sql`
    select i.id as initiative_id, s.key as step_key, m.user_id,
      s.position < d.done as done,
      s.evidence = 'url' and s.position < d.done as with_url, i.slug,
      now() - ((abs(hashtext(i.id::text || s.key)) % 670) + 30) * interval '1 day' as started
    from initiatives i
    join initiative_members m on m.initiative_id = i.id and m.role = 'lead'
    cross join lateral (
      select case i.stage when 'established' then 25 when 'developing' then 12 else 1 end as done,
             case i.stage when 'established' then 0 when 'developing' then 3 else 2 end as wip
    ) d
    join toolkit_steps s on s.template_version = 1 and s.position < d.done + d.wip`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into checklist_items (initiative_id, step_key, template_version, status, note,
        evidence_url, revision, updated_by, updated_at)
      select initiative_id, step_key, 1,
        (case when done then 'done' else 'in_progress' end)::step_status,
        case when done then 'Listo.' else 'Empezamos.' end,
        case when with_url then 'https://example.org/' || slug end,
        case when done then 2 else 1 end, user_id,
        started + case when done then interval '20 days' else interval '0 days' end
      from (${plan}) p`);
    await tx.execute(sql`
      insert into checklist_history (initiative_id, step_key, template_version, status, note,
        evidence_url, revision, changed_by, changed_at)
      select initiative_id, step_key, 1, 'in_progress'::step_status, 'Empezamos.', null, 1, user_id, started
      from (${plan}) p
      union all
      select initiative_id, step_key, 1, 'done'::step_status, 'Listo.',
        case when with_url then 'https://example.org/' || slug end, 2, user_id,
        started + interval '20 days'
      from (${plan}) p where done`);
  });
}
