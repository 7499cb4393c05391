import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HELP_TOPICS, SUB_REGIONS, WORK_LANGUAGES } from "@/db/schema/enums";
import { type OfferSide, type RequestSide, scoreOnly } from "../score";
import { pairScorer } from "./pair-scorer";

// Few initiatives, so that a request and an offer of the same one meet often.
const initiativeId = fc.constantFrom("i1", "i2", "i3");
const topics = fc.uniqueArray(fc.constantFrom(...HELP_TOPICS), { minLength: 1, maxLength: 4 });
const languages = fc.uniqueArray(fc.constantFrom(...WORK_LANGUAGES), {
  minLength: 1,
  maxLength: 2,
});
const subRegion = fc.constantFrom(...SUB_REGIONS);

const request: fc.Arbitrary<Omit<RequestSide, "id">> = fc.record({
  initiativeId,
  topics,
  languages,
  subRegion,
});
const offer: fc.Arbitrary<Omit<OfferSide, "id">> = fc
  .record({
    initiativeId,
    topics,
    languages,
    subRegion,
    capacity: fc.integer({ min: 1, max: 5 }),
    taken: fc.integer({ min: 0, max: 6 }),
    // Some topics without a share, as a mentor who has not started them.
    experience: fc.dictionary(
      fc.constantFrom(...HELP_TOPICS),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    load: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ taken, ...o }) => ({ ...o, active: Math.min(taken, o.capacity + 1) }));

describe("the pair scorer of network matching", () => {
  it("scores every pair exactly as the scoring rule does, or rules it out as it does", () => {
    fc.assert(
      fc.property(
        fc.array(request, { minLength: 1, maxLength: 12 }),
        fc.array(offer, { minLength: 1, maxLength: 12 }),
        (requestList, offerList) => {
          const requests = requestList.map((r, i) => ({ ...r, id: `r${i}` }));
          const offers = offerList.map((o, i) => ({ ...o, id: `o${i}` }));
          const score = pairScorer(requests, offers);
          requests.forEach((r, i) => {
            offers.forEach((o, j) => {
              expect(score(i, j)).toBe(scoreOnly(r, o));
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("adds a mentor's shares in the request's order, as the rule does", () => {
    // Shares whose sum lands on either side of a half point by the order of adding them:
    // (0.435 + 0.624) + c is 1.1324999999999998 and (c + 0.624) + 0.435 is 1.1325, so the
    // experience points are 75 one way and 76 the other.
    const shares = { funding: 0.435, committee: 0.624, youth: 0.07350000000000001 };
    const mentor: OfferSide = {
      id: "o",
      initiativeId: "a",
      topics: ["funding", "committee", "youth"],
      languages: ["es"],
      capacity: 2,
      active: 0,
      subRegion: "caribbean",
      experience: shares,
      load: 0,
    };
    const orders: RequestSide["topics"][] = [
      ["funding", "committee", "youth"],
      ["youth", "committee", "funding"],
    ];
    const scores = orders.map((order) => {
      const mentee: RequestSide = {
        id: "r",
        initiativeId: "b",
        topics: order,
        languages: ["es"],
        subRegion: "other",
      };
      expect(pairScorer([mentee], [mentor])(0, 0)).toBe(scoreOnly(mentee, mentor));
      return scoreOnly(mentee, mentor);
    });
    expect(scores[1]).toBe((scores[0] as number) + 1);
  });
});
