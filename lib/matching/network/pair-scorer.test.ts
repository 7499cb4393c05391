import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HELP_TOPICS,
  type HelpTopic,
  SUB_REGIONS,
  type SubRegion,
  WORK_LANGUAGES,
  type WorkLanguage,
} from "@/db/schema/enums";
import { type OfferSide, type RequestSide, scoreOnly } from "../score";
import { pairScorer } from "./pair-scorer";

// Few initiatives, so that a request and an offer of the same one meet often; lists with
// repeats and a value outside today's lists (data older or newer than the code), which the
// rule compares as it compares any other.
const initiativeId = fc.constantFrom("i1", "i2", "i3");
const topics = fc.array(fc.constantFrom(...HELP_TOPICS, "retired" as HelpTopic), {
  minLength: 1,
  maxLength: 4,
});
const languages = fc.array(fc.constantFrom(...WORK_LANGUAGES, "de" as WorkLanguage), {
  minLength: 1,
  maxLength: 3,
});
const subRegion = fc.constantFrom(...SUB_REGIONS, "antarctica" as SubRegion);

const request: fc.Arbitrary<Omit<RequestSide, "id">> = fc.record({
  initiativeId,
  topics,
  languages,
  subRegion,
});
const offer: fc.Arbitrary<Omit<OfferSide, "id">> = fc.record({
  initiativeId,
  topics,
  languages,
  subRegion,
  capacity: fc.integer({ min: 0, max: 5 }),
  active: fc.integer({ min: -1, max: 6 }),
  // Some topics without a share, as a mentor who has not started them.
  experience: fc.dictionary(
    fc.constantFrom(...HELP_TOPICS, "retired" as HelpTopic),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  load: fc.integer({ min: -2, max: 12 }),
});

describe("the pair scorer of network matching", () => {
  it("scores every pair exactly as the scoring rule does, or rules it out as it does", () => {
    fc.assert(
      fc.property(
        fc.array(request, { minLength: 1, maxLength: 12 }),
        fc.array(offer, { minLength: 1, maxLength: 12 }),
        (requestList, offerList) => {
          const requests = requestList.map((r, i) => ({ ...r, id: `r${i}` }));
          const offers = offerList.map((o, i) => ({ ...o, id: `o${i}` }));
          const { score, sharesTopic } = pairScorer(requests, offers);
          requests.forEach((r, i) => {
            offers.forEach((o, j) => {
              expect(score(i, j)).toBe(scoreOnly(r, o));
              expect(sharesTopic(i, j)).toBe(r.topics.some((t) => o.topics.includes(t)));
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
      expect(pairScorer([mentee], [mentor]).score(0, 0)).toBe(scoreOnly(mentee, mentor));
      return scoreOnly(mentee, mentor);
    });
    expect(scores[1]).toBe((scores[0] as number) + 1);
  });
});
