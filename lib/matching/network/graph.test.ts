import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HELP_TOPICS, type HelpTopic, type SubRegion, type WorkLanguage } from "@/db/schema/enums";
import { type OfferSide, type RequestSide, scoreOffer, scoreOnly } from "../score";
import { buildCandidateGraph } from "./graph";
import { type NetworkGraph, solveGraph, solveNetwork } from "./solve";

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

/** The graph's edges as `request>offer:score`, in the graph's own order. */
function edgesOf(graph: NetworkGraph) {
  const out: string[] = [];
  graph.requestIds.forEach((requestId, r) => {
    for (let e = graph.edgeStart[r] as number; e < (graph.edgeStart[r + 1] as number); e++)
      out.push(`${requestId}>${graph.offerIds[graph.edgeOffer[e] as number]}:${graph.score[e]}`);
  });
  return out;
}

/**
 * The graph of these offers and requests (the crossed fixtures' other fields, in turn)
 * holds exactly the pairs the scorer accepts and that are not left out, in id order.
 */
function expectTheScorersEdges(
  offerTopics: HelpTopic[][],
  requestTopics: HelpTopic[][],
  leftOut: [number, number][],
) {
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(2, "0")}`;
  const someOffers = offerTopics.map((topics, i) => ({
    ...(offers[i % offers.length] as OfferSide),
    id: id("o", i),
    topics,
  }));
  const someRequests = requestTopics.map((topics, i) => ({
    ...(requests[i % requests.length] as RequestSide),
    id: id("r", i),
    topics,
  }));
  const exclude = leftOut.map(([r, o]) => ({ requestId: id("r", r), offerId: id("o", o) }));
  const skipped = new Set(exclude.map((pair) => `${pair.requestId}>${pair.offerId}`));
  const expected = someRequests.flatMap((request) =>
    someOffers.flatMap((offer) => {
      const score = scoreOnly(request, offer);
      const pair = `${request.id}>${offer.id}`;
      return score === null || skipped.has(pair) ? [] : [`${pair}:${score}`];
    }),
  );
  expect(edgesOf(buildCandidateGraph(someRequests, someOffers, exclude))).toEqual(expected);
}

describe("the candidate graph of network-wide matching", () => {
  it("holds exactly the pairs the scorer accepts, each with the scorer's score", () => {
    const expected = requests.flatMap((request) =>
      offers.flatMap((offer) => {
        const fit = scoreOffer(request, offer);
        return fit ? [`${request.id}>${offer.id}:${fit.score}`] : [];
      }),
    );
    const edges = edgesOf(buildCandidateGraph(requests, offers));
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(requests.length * offers.length);
    expect([...edges].sort()).toEqual(expected.sort());
  });

  it("is in the solver's form: sorted ids, each request's offers ascending, only free places", () => {
    const graph = buildCandidateGraph([...requests].reverse(), [...offers].reverse());
    expect(graph.requestIds).toEqual(requests.map((r) => r.id).sort());
    const open = offers.filter((o) => o.active < o.capacity);
    expect(graph.offerIds).toEqual(open.map((o) => o.id).sort());
    const freeOf = new Map(open.map((o) => [o.id, o.capacity - o.active]));
    expect(Array.from(graph.free)).toEqual(graph.offerIds.map((id) => freeOf.get(id)));
    for (let r = 0; r < graph.requestIds.length; r++)
      for (let e = (graph.edgeStart[r] as number) + 1; e < (graph.edgeStart[r + 1] as number); e++)
        expect(graph.edgeOffer[e]).toBeGreaterThan(graph.edgeOffer[e - 1] as number);
    // The input's order changes nothing.
    expect(buildCandidateGraph(requests, offers)).toEqual(graph);
  });

  it("leaves out exactly the pairs it is told to, ignoring unknown ones", () => {
    const all = edgesOf(buildCandidateGraph(requests, offers));
    const gone = all.filter((_, i) => i % 7 === 0);
    const exclude = gone.map((edge) => {
      const [requestId = "", offerId = ""] = edge.split(/[>:]/);
      return { requestId, offerId };
    });
    exclude.push({ requestId: "r-unknown", offerId: "o0000" }, { requestId: "r000", offerId: "x" });
    const kept = edgesOf(buildCandidateGraph(requests, offers, exclude));
    expect(gone.length).toBeGreaterThan(3);
    expect(kept).toEqual(all.filter((edge) => !gone.includes(edge)));
  });

  it("solves to what the same pairs given one object each solve to", () => {
    const graph = buildCandidateGraph(requests, offers);
    const edges = edgesOf(graph).map((edge) => {
      const [requestId = "", offerId = "", score = ""] = edge.split(/[>:]/);
      return { requestId, offerId, score: Number(score) };
    });
    for (const penalty of [0, 40, 500]) {
      const viaObjects = solveNetwork({
        requests,
        offers: offers.map((o) => ({ id: o.id, free: o.capacity - o.active })),
        edges,
        penalty,
      });
      expect(viaObjects.assignments.length).toBeGreaterThan(5);
      expect(solveGraph(graph, penalty)).toEqual(viaObjects);
    }
  });

  it("finds the same edges in the same order whether a request reaches few offers or many", () => {
    // Up to 80 offers of one or two topics each: a request of one topic reaches about a
    // ninth of them (gathered through its topic), one of several topics most of them
    // (every offer tested in turn).
    const topicsOf = (count: number) =>
      fc.uniqueArray(fc.constantFrom(...HELP_TOPICS), { minLength: 1, maxLength: count });
    fc.assert(
      fc.property(
        fc.array(topicsOf(2), { minLength: 1, maxLength: 80 }),
        fc.array(topicsOf(6), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(79)), { maxLength: 20 }),
        expectTheScorersEdges,
      ),
      { numRuns: 200 },
    );
  });

  it("meets an offer once when several of a request's few offers share its topics", () => {
    // Requests of two or three of three topics that few offers offer, most of those two of
    // them: their lists overlap, and together hold under a quarter of the offers.
    const asked: HelpTopic[] = ["funding", "committee", "program"];
    const others = HELP_TOPICS.filter((t) => !asked.includes(t));
    const offerTopics = fc.oneof(
      {
        arbitrary: fc.uniqueArray(fc.constantFrom(...asked), { minLength: 2, maxLength: 2 }),
        weight: 1,
      },
      {
        arbitrary: fc.uniqueArray(fc.constantFrom(...others), { minLength: 1, maxLength: 2 }),
        weight: 12,
      },
    );
    fc.assert(
      fc.property(
        fc.array(offerTopics, { minLength: 60, maxLength: 80 }),
        fc.array(fc.uniqueArray(fc.constantFrom(...asked), { minLength: 2, maxLength: 3 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(79)), { maxLength: 20 }),
        expectTheScorersEdges,
      ),
      { numRuns: 200 },
    );
  });

  it("scores without reasons exactly as with them", () => {
    for (const request of requests)
      for (const offer of offers)
        expect(scoreOnly(request, offer)).toBe(scoreOffer(request, offer)?.score ?? null);
  });
});
