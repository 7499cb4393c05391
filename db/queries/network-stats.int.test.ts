import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { setVerification } from "@/db/queries/initiatives";
import { listOffersOf, listRequestsOf } from "@/db/queries/offers";
import { initiatives, mentorships } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { startMentorship } from "@/db/testing/mentorship";
import type { Actor } from "@/lib/auth/session";
import { unverifyInitiative, verifyInitiative } from "@/lib/initiatives/verification";
import { close } from "@/lib/mentorship/lifecycle";
import { publishOffer, publishRequest } from "@/lib/mentorship/listings";
import type { InitiativeInput } from "@/lib/validation/initiative";
import { getNetworkMap, type NetworkMap } from "./network-map";
import { getNetworkStats, type NetworkStats } from "./network-stats";

type Side = { lead: Actor; id: string; slug: string };

let steward: Actor;

async function initiative(
  values: Partial<InitiativeInput>,
  verified: { recognizedOn?: string } | false,
): Promise<Side> {
  const lead = await createPerson();
  const { id, slug } = await createTestInitiative(lead, values);
  if (verified)
    expect(await verifyInitiative(steward, id, verified.recognizedOn ?? null)).toBe("ok");
  return { lead, id, slug };
}

async function offer(mentor: Side, capacity: number) {
  await publishOffer(mentor.lead, {
    initiativeId: mentor.id,
    topics: ["funding"],
    languages: ["es"],
    capacity,
    preferredSubRegions: [],
    note: "",
  });
  const [row] = await listOffersOf(mentor.id);
  if (!row) throw new Error("no offer");
  return row.id;
}

async function request(mentee: Side) {
  await publishRequest(mentee.lead, {
    initiativeId: mentee.id,
    topics: ["funding"],
    languages: ["es"],
    description: "Ayuda con el presupuesto",
    horizon: null,
  });
  const [row] = await listRequestsOf(mentee.id);
  if (!row) throw new Error("no request");
  return row.id;
}

/** An accepted mentorship whose start is pinned to `startedOn`, then left as `outcome`. */
async function mentorship(
  mentor: Side,
  offerId: string,
  mentee: Side,
  startedOn: string,
  outcome: "active" | "completed" | "ended" = "active",
) {
  const requestId = await request(mentee);
  const id = await startMentorship(
    { lead: mentor.lead, offerId },
    { lead: mentee.lead, requestId },
  );
  if (outcome !== "active") await close(mentee.lead, id, outcome, "");
  await getDb()
    .update(mentorships)
    .set({ startedAt: new Date(`${startedOn}T12:00:00Z`) })
    .where(eq(mentorships.id, id));
}

let stats: NetworkStats;
let visible: Side[];

// One network, built once: this file's database holds nothing else, so counts are exact.
beforeAll(async () => {
  steward = await createPerson({ isSteward: true });
  const mentor = await initiative(
    { countries: ["UY"], subRegion: "south_america", stage: "established" },
    {},
  );
  const recognizedHelped = await initiative(
    { countries: ["BB"], subRegion: "caribbean", stage: "emerging" },
    { recognizedOn: "2024-06-01" },
  );
  const recognizedSameDay = await initiative(
    { countries: ["TT"], subRegion: "caribbean", stage: "developing", kind: "youth" },
    { recognizedOn: "2024-03-01" },
  );
  const recognizedBefore = await initiative(
    { countries: ["GD"], subRegion: "caribbean", stage: "emerging" },
    { recognizedOn: "2024-01-15" },
  );
  const recognizedAfterEnded = await initiative(
    { countries: ["PA"], subRegion: "central_america", stage: "developing" },
    { recognizedOn: "2024-06-01" },
  );
  const regional = await initiative(
    {
      countries: ["AR", "CL", "UY"],
      kind: "regional",
      subRegion: "latin_america_caribbean",
      stage: "established",
    },
    { recognizedOn: "2020-05-05" },
  );
  const unverified = await initiative(
    { countries: ["CR"], subRegion: "central_america", stage: "emerging" },
    false,
  );
  await setVerification(unverified.id, { recognizedOn: "2024-06-01" });
  const withdrawn = await initiative(
    { countries: ["HN"], subRegion: "central_america", stage: "developing" },
    { recognizedOn: "2024-06-01" },
  );

  const offerId = await offer(mentor, 5);
  await mentorship(mentor, offerId, recognizedHelped, "2024-03-01", "active");
  await mentorship(mentor, offerId, recognizedSameDay, "2024-03-01", "completed");
  await mentorship(mentor, offerId, recognizedBefore, "2024-03-01", "completed");
  await mentorship(mentor, offerId, recognizedAfterEnded, "2024-03-01", "ended");
  await mentorship(mentor, offerId, unverified, "2024-03-01", "active");
  await mentorship(mentor, offerId, withdrawn, "2024-03-01", "active");
  expect(await unverifyInitiative(steward, withdrawn.id, "Duplicada")).toBe("ok");

  // Open: the regional's and the unverified's requests; only the first is public.
  await request(regional);
  await request(unverified);
  // Offers: the regional's is full, the unverified's has room but is not public.
  const fullOffer = await offer(regional, 1);
  await mentorship(
    regional,
    fullOffer,
    await initiative({ countries: ["SV"] }, false),
    "2024-01-01",
  );
  await offer(unverified, 3);

  stats = await getNetworkStats();
  visible = [mentor, recognizedHelped, recognizedSameDay, recognizedBefore, recognizedAfterEnded];
  visible.push(regional);
});

describe("the network's public figures", () => {
  it("count verified initiatives only, by stage, kind and sub-region", () => {
    expect(stats.initiatives).toBe(6);
    expect(stats.byStage).toEqual({ emerging: 2, developing: 2, established: 2 });
    expect(stats.byKind).toEqual({ national: 4, sub_regional: 0, regional: 1, youth: 1 });
    expect(stats.bySubRegion).toEqual({
      caribbean: 3,
      central_america: 1,
      south_america: 1,
      north_america: 0,
      latin_america_caribbean: 1,
      other: 0,
    });
    // UY, BB, TT, GD, PA, AR, CL: UY counted once; CR, HN and SV are not public.
    expect(stats.countries).toBe(7);
  });

  it("count recognition with a mentor's help only when the mentorship had started and did not end early", () => {
    // Recognized and public: BB, TT, GD, PA and the regional.
    expect(stats.recognized).toBe(5);
    // BB (active, started before) and TT (completed, started the same day); not GD
    // (recognized before it started), PA (ended early) or the regional (no mentorship).
    expect(stats.recognizedWithMentor).toBe(2);
  });

  it("count mentorships between public initiatives, open requests and offers with room", () => {
    // Active: mentor→BB; the ones with CR, HN and SV involve a non-public side.
    expect(stats.activeMentorships).toBe(1);
    expect(stats.completedMentorships).toBe(2);
    expect(stats.openRequests).toBe(1);
    // The mentor's offer: capacity 5, in use by BB, CR and HN → 2 free places.
    expect(stats.offersWithPlaces).toBe(1);
    expect(stats.freePlaces).toBe(2);
  });

  it("puts on the map exactly the public initiatives, with public fields only", async () => {
    const map = await getNetworkMap();
    const slugs = new Set(map.placements.map((r) => r.slug));
    expect([...slugs].sort()).toEqual(visible.map((v) => v.slug).sort());
    for (const row of map.placements) {
      expect(Object.keys(row).sort()).toEqual([
        "code",
        "developing",
        "emerging",
        "established",
        "name",
        "rank",
        "recognized",
        "shared",
        "slug",
        "stage",
        "total",
      ]);
    }
    // Uruguay: the mentor of its own, and the regional it shares with Argentina and Chile.
    const uruguay = map.placements.filter((r) => r.code === "UY");
    expect(uruguay).toMatchObject([
      { shared: false, stage: "established", total: 1, established: 1 },
      { shared: true, stage: "established", recognized: true, total: 1 },
    ]);
    expect(map.shared).toMatchObject([{ reach: 3, stage: "established", recognized: true }]);
    expect(map.sharedTotal).toBe(1);
  });
});

describe("an empty network", () => {
  it("reports zeros, not nulls, and an empty map", async () => {
    let empty: NetworkStats | undefined;
    let map: NetworkMap | undefined;
    // Everything is deleted inside a transaction that is then rolled back.
    await getDb()
      .transaction(async (tx) => {
        await tx.delete(initiatives).where(sql`true`);
        empty = await getNetworkStats(tx);
        map = await getNetworkMap("public", tx);
        tx.rollback();
      })
      .catch(() => {});
    expect(map).toEqual({ placements: [], shared: [], sharedTotal: 0 });
    expect(empty).toEqual({
      initiatives: 0,
      byStage: { emerging: 0, developing: 0, established: 0 },
      byKind: { national: 0, sub_regional: 0, regional: 0, youth: 0 },
      bySubRegion: {
        caribbean: 0,
        central_america: 0,
        south_america: 0,
        north_america: 0,
        latin_america_caribbean: 0,
        other: 0,
      },
      countries: 0,
      recognized: 0,
      recognizedWithMentor: 0,
      activeMentorships: 0,
      completedMentorships: 0,
      offersWithPlaces: 0,
      freePlaces: 0,
      openRequests: 0,
    });
    expect((await getNetworkStats()).initiatives).toBe(6);
  });
});
