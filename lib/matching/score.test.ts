import { describe, expect, it } from "vitest";
import { type OfferSide, type RequestSide, rankOffers, rankRequests, scoreOffer } from "./score";

const request: RequestSide = {
  id: "r1",
  initiativeId: "barbados",
  topics: ["funding", "committee"],
  languages: ["en"],
  subRegion: "caribbean",
};

const offer = (over: Partial<OfferSide> = {}): OfferSide => ({
  id: "o1",
  initiativeId: "colombia",
  topics: ["funding", "committee", "program"],
  languages: ["es", "en"],
  capacity: 3,
  active: 1,
  subRegion: "south_america",
  experience: { funding: 1, committee: 0.9 },
  load: 1,
  ...over,
});

describe("scoring an offer for a request", () => {
  it("applies the hard filters", () => {
    expect(scoreOffer(request, offer({ languages: ["es"] }))).toBeNull();
    expect(scoreOffer(request, offer({ topics: ["youth"] }))).toBeNull();
    expect(scoreOffer(request, offer({ active: 3 }))).toBeNull();
    expect(scoreOffer(request, offer({ initiativeId: "barbados" }))).toBeNull();
  });

  it("explains itself: coverage, language, region, experience, free places", () => {
    const s = scoreOffer(request, offer());
    expect(s?.reasons).toEqual([
      { kind: "covers", topics: ["funding", "committee"], all: true },
      { kind: "languages", languages: ["en"] },
      { kind: "sameRegion" },
      { kind: "experience", topics: ["funding", "committee"] },
      { kind: "places", free: 2, capacity: 3 },
    ]);
    // 500 coverage + 75 region + 190 experience + 67 spare capacity.
    expect(s?.score).toBe(500 + 75 + 190 + 67);
  });

  it("prefers full coverage, then the same sub-region, then more free places", () => {
    const half = scoreOffer(request, offer({ topics: ["funding"] }))?.score ?? 0;
    const full = scoreOffer(request, offer())?.score ?? 0;
    expect(full).toBeGreaterThan(half);
    const near = scoreOffer(request, offer({ subRegion: "caribbean" }))?.score ?? 0;
    expect(near - full).toBe(75);
    expect(scoreOffer(request, offer({ active: 0 }))?.score).toBeGreaterThan(full);
  });

  it("spreads the load: mentors already carrying many mentorships rank lower", () => {
    const busy = scoreOffer(request, offer({ load: 6 }));
    expect(busy?.reasons.at(-1)).toEqual({ kind: "busy", active: 6 });
    expect((scoreOffer(request, offer())?.score ?? 0) - (busy?.score ?? 0)).toBe(80);
    expect(scoreOffer(request, offer({ load: 50 }))?.score).toBe(
      (scoreOffer(request, offer())?.score ?? 0) - 100,
    );
  });

  it("a mentor region outside Latin America and the Caribbean gets no region points", () => {
    expect(
      scoreOffer(request, offer({ subRegion: "other" }))?.reasons.map((r) => r.kind),
    ).not.toContain("sameRegion");
  });
});

describe("ranking", () => {
  it("orders by score, ties broken by id, and drops what does not fit", () => {
    const ranked = rankOffers(request, [
      offer({ id: "b" }),
      offer({ id: "a" }),
      offer({ id: "c", subRegion: "caribbean" }),
      offer({ id: "d", languages: ["pt"] }),
    ]);
    expect(ranked.map((s) => s.offerId)).toEqual(["c", "a", "b"]);
  });

  it("ranks requests for an offer the same way", () => {
    const other: RequestSide = { ...request, id: "r2", topics: ["funding", "youth"] };
    expect(rankRequests(offer(), [other, request]).map((s) => s.requestId)).toEqual(["r1", "r2"]);
  });
});
