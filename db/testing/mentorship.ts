import type { HelpTopic, SubRegion, WorkLanguage } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/session";
import { accept, propose } from "@/lib/mentorship/lifecycle";
import { publishOffer, publishRequest } from "@/lib/mentorship/listings";
import { listOffersOf, listRequestsOf } from "../queries/offers";
import { createPerson } from "./factories";
import { createTestInitiative } from "./initiatives";

type Side = {
  name?: string;
  topics?: HelpTopic[];
  languages?: WorkLanguage[];
  subRegion?: SubRegion;
};

/** A new initiative led by a new person, shaped by the side's name, region and languages. */
async function ledInitiative(side: Side) {
  const lead = await createPerson();
  const languages = side.languages ?? ["es"];
  const { id } = await createTestInitiative(lead, {
    languages,
    ...(side.name ? { name: side.name } : {}),
    ...(side.subRegion ? { subRegion: side.subRegion } : {}),
  });
  return { lead, id, languages };
}

/** A new initiative, led by a new person, that offers mentorship. */
export async function createMentor(capacity: number, side: Side = {}) {
  const { lead, id, languages } = await ledInitiative(side);
  await publishOffer(lead, {
    initiativeId: id,
    topics: side.topics ?? ["funding", "committee"],
    languages,
    capacity,
    preferredSubRegions: [],
    note: "",
  });
  const [offer] = await listOffersOf(id);
  if (!offer) throw new Error("no offer");
  return { lead, initiativeId: id, offerId: offer.id };
}

/** A new initiative, led by a new person, that asks for help. */
export async function createMentee(side: Side = {}): Promise<{
  lead: Actor;
  initiativeId: string;
  requestId: string;
}> {
  const { lead, id, languages } = await ledInitiative(side);
  await publishRequest(lead, {
    initiativeId: id,
    topics: side.topics ?? ["funding"],
    languages,
    description: "Ayuda",
    horizon: null,
  });
  const [request] = await listRequestsOf(id);
  if (!request) throw new Error("no request");
  return { lead, initiativeId: id, requestId: request.id };
}

type MentorSide = { lead: Actor; offerId: string };
type MenteeSide = { lead: Actor; requestId: string };

/** The mentee's lead proposes a mentorship on the mentor's offer; the proposal's id. */
export async function proposeMentorship(mentor: MentorSide, mentee: MenteeSide, message = "") {
  const proposed = await propose(mentee.lead, {
    offerId: mentor.offerId,
    requestId: mentee.requestId,
    message,
  });
  if (!proposed.ok) throw new Error(`proposal refused: ${proposed.error}`);
  return proposed.id;
}

/** A mentorship proposed by the mentee and accepted by the mentor: active; its id. */
export async function startMentorship(mentor: MentorSide, mentee: MenteeSide, message = "") {
  const id = await proposeMentorship(mentor, mentee, message);
  const accepted = await accept(mentor.lead, id);
  if (!accepted.ok) throw new Error(`acceptance refused: ${accepted.error}`);
  return id;
}
