import { foldText, slugify } from "@/lib/initiatives/text";
import { getDb } from "../index";
import { helpRequests, initiatives, mentorships, offers } from "../schema";

type InitiativeRow = typeof initiatives.$inferInsert;

let n = 0;

/** Inserts an initiative row as stored (no lead, no audit), for read-side tests. */
export async function insertInitiativeRow(
  overrides: Partial<InitiativeRow> & { name: string },
): Promise<{ id: string; slug: string }> {
  n += 1;
  const slug = `${slugify(overrides.name)}-${n}`;
  const [row] = await getDb()
    .insert(initiatives)
    .values({
      slug,
      nameKey: foldText(overrides.name),
      searchText: foldText(overrides.name),
      kind: "national",
      subRegion: "south_america",
      stage: "emerging",
      ...overrides,
    })
    .returning({ id: initiatives.id, slug: initiatives.slug });
  if (!row) throw new Error("insert failed");
  return row;
}

/** A mentorship between two initiatives, with the offer and request it needs. */
export async function insertMentorshipRow(
  mentorId: string,
  menteeId: string,
  values: Partial<typeof mentorships.$inferInsert> = {},
): Promise<string> {
  const db = getDb();
  const topics = values.topics ?? ["funding"];
  const [offer] = await db
    .insert(offers)
    .values({ initiativeId: mentorId, topics, languages: ["es"], capacity: 3 })
    .returning({ id: offers.id });
  const [request] = await db
    .insert(helpRequests)
    .values({ initiativeId: menteeId, topics, languages: ["es"], description: "Ayuda" })
    .returning({ id: helpRequests.id });
  if (!offer || !request) throw new Error("insert failed");
  const [row] = await db
    .insert(mentorships)
    .values({
      offerId: offer.id,
      requestId: request.id,
      mentorInitiativeId: mentorId,
      menteeInitiativeId: menteeId,
      proposerSide: "mentee",
      expiresAt: new Date("2030-01-01T00:00:00Z"),
      ...values,
      topics,
    })
    .returning({ id: mentorships.id });
  if (!row) throw new Error("insert failed");
  return row.id;
}
