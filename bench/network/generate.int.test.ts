import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getRole } from "@/db/queries/memberships";
import { getRequest } from "@/db/queries/offers";
import { checklistItems, initiatives, mentorships, offers, users } from "@/db/schema";
import { rankOffersFor, rankRequestsFor } from "@/lib/matching/suggestions";
import { accept } from "@/lib/mentorship/lifecycle";
import { updateStep } from "@/lib/toolkit/checklist";
import { generateNetwork } from "./generate";

const SIZE = { initiatives: 120, offers: 50, requests: 60, mentorships: 20, proposals: 30 };

async function actor(email: string) {
  const [row] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, isSteward: users.isSteward })
    .from(users)
    .where(eq(users.email, email));
  if (!row) throw new Error(`${email} missing`);
  return row;
}

describe("the benchmark's generated network", () => {
  it("is a network the app's own rules accept: places add up, proposals can be accepted, steps saved", async () => {
    const db = getDb();
    const fixture = await generateNetwork(db, SIZE);
    const [total] = await db.select({ n: count() }).from(initiatives);
    expect(total?.n).toBe(SIZE.initiatives);
    const states = await db
      .select({ state: mentorships.state, n: count() })
      .from(mentorships)
      .groupBy(mentorships.state);
    const byState = Object.fromEntries(states.map((s) => [s.state, Number(s.n)]));
    expect(byState.proposed).toBe(SIZE.proposals);
    expect((byState.active ?? 0) + (byState.completed ?? 0)).toBe(SIZE.mentorships);
    // Every offer's count of places in use is its number of active mentorships.
    const drift = await db
      .select({ id: offers.id })
      .from(offers)
      .where(
        sql`${offers.activeCount} <> (select count(*) from mentorships m where m.offer_id = ${offers.id} and m.state = 'active')`,
      );
    expect(drift).toHaveLength(0);
    const [items] = await db.select({ n: count() }).from(checklistItems);
    expect(Number(items?.n)).toBeGreaterThan(SIZE.offers * 25);

    const mentor = await actor(fixture.mentor);
    const proposal = fixture.proposalIds[0] ?? "";
    expect(await accept(mentor, proposal)).toMatchObject({ ok: true });
    const [offer] = await db
      .select({ activeCount: offers.activeCount })
      .from(offers)
      .innerJoin(mentorships, eq(mentorships.offerId, offers.id))
      .where(eq(mentorships.id, proposal));
    expect(offer?.activeCount).toBe(1);

    const saved = await updateStep(mentor, {
      initiativeId: fixture.checklistInitiativeIds[0] ?? "",
      stepKey: fixture.checklistSteps[0] ?? "",
      status: "in_progress",
      note: "Bench",
      evidenceUrl: undefined,
      evidenceDate: null,
      revision: 2,
    });
    expect(saved).toMatchObject({ ok: true, revision: 3 });

    // The pages that rank: the lead's offer has requests to serve, the open request mentors.
    const request = await getRequest(fixture.requestId);
    if (!request) throw new Error("no request");
    expect(request.status).toBe("open");
    const requester = await actor(fixture.requester);
    expect(await getRole(request.initiativeId, requester.id)).toBe("lead");
    expect((await rankOffersFor(request)).length).toBeGreaterThan(0);
    expect((await rankRequestsFor(fixture.offerId)).length).toBeGreaterThan(0);
  });
});
