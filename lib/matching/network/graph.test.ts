import { describe, expect, it } from "vitest";
import type { HelpTopic, SubRegion, WorkLanguage } from "@/db/schema/enums";
import { type OfferSide, type RequestSide, scoreOffer, scoreOnly } from "../score";
import { buildCandidateGraph } from "./graph";

const TOPICS: HelpTopic[][] = [["funding"], ["funding", "committee"], ["youth", "program"]];
const LANGUAGES: WorkLanguage[][] = [["es"], ["en", "pt"]];
const REGIONS: SubRegion[] = ["caribbean", "south_america", "other"];

// Every combination of the fields the scorer reads, so each filter and bonus is crossed.
const offers: OfferSide[] = TOPICS.flatMap((topics, t) =>
  LANGUAGES.flatMap((languages, l) =>
    REGIONS.flatMap((subRegion, r) =>
      [0, 2, 3].map((active, a) => ({
        id: `o${t}${l}${r}${a}`,
        initiativeId: `i${(t + l + r + a) % 5}`,
        topics,
        languages,
        capacity: 3,
        active,
        subRegion,
        experience: { funding: a / 2, committee: 0.9, youth: 0.1 },
        load: a * 2,
      })),
    ),
  ),
);
const requests: RequestSide[] = TOPICS.flatMap((topics, t) =>
  LANGUAGES.flatMap((languages, l) =>
    REGIONS.map((subRegion, r) => ({
      id: `r${t}${l}${r}`,
      initiativeId: `i${(t * 2 + l + r) % 5}`,
      topics,
      languages,
      subRegion,
    })),
  ),
);

describe("the candidate graph of network-wide matching", () => {
  it("holds exactly the pairs the scorer accepts, each with the scorer's score", () => {
    const expected = requests.flatMap((request) =>
      offers.flatMap((offer) => {
        const fit = scoreOffer(request, offer);
        return fit ? [`${request.id}>${offer.id}:${fit.score}`] : [];
      }),
    );
    const edges = buildCandidateGraph(requests, offers).map(
      (e) => `${e.requestId}>${e.offerId}:${e.score}`,
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(requests.length * offers.length);
    expect(edges.sort()).toEqual(expected.sort());
  });

  it("scores without reasons exactly as with them", () => {
    for (const request of requests)
      for (const offer of offers)
        expect(scoreOnly(request, offer)).toBe(scoreOffer(request, offer)?.score ?? null);
  });
});
