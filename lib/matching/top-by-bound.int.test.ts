import { beforeAll, describe, expect, it } from "vitest";
import { generateNetwork } from "@/bench/network/generate";
import { getDb } from "@/db";
import { listBestFittingOffers, listBestFittingRequests } from "@/db/queries/best-fitting";
import {
  fitFor,
  loadBestOfferSides,
  loadBestRequestSides,
  loadOfferSides,
  loadRequestSides,
} from "./candidates";
import { offerBoundFor, rankBy, requestBoundFor, scoreOnly } from "./score";
import { SUGGESTIONS_PAGE_SIZE } from "./suggestion-page";
import {
  rankOffersFor,
  rankRequestsFor,
  suggestOffersFor,
  suggestRequestsFor,
} from "./suggestions";
import { type Bounded, topByBound } from "./top-by-bound";

const SIZE = { initiatives: 160, offers: 70, requests: 40, mentorships: 25, proposals: 10 };

/** What the database bounds, against the scorer: exactly what fits, never below its score. */
function expectBounds(
  fitting: { id: string; bound: number; total: number }[],
  exact: Map<string, number | null>,
) {
  const fits = [...exact].filter(([, score]) => score !== null).map(([id]) => id);
  expect(fitting.map((row) => row.id).sort()).toEqual(fits.sort());
  for (const row of fitting) {
    expect(row.total).toBe(fitting.length);
    expect(row.bound).toBeGreaterThanOrEqual(exact.get(row.id) ?? Number.NaN);
  }
}

/**
 * The best `want` read a row at a time at first (so that most need several reads) equal
 * the full ranking's; whether it read more than once and still stopped before the end.
 */
async function expectBest<T extends { id: string }>(
  want: number,
  read: (limit: number) => Promise<Bounded<T>>,
  score: (item: T) => number | null,
  full: { item: T; score: number }[],
) {
  let reads = 0;
  let lastRead = 0;
  const best = await topByBound(
    want,
    async (limit) => {
      reads++;
      const bounded = await read(limit);
      lastRead = bounded.rows.length;
      return bounded;
    },
    score,
    1,
  );
  expect(best.total).toBe(full.length);
  expect(best.ranked.map((r) => [r.item.id, r.score])).toEqual(
    full.slice(0, want).map((r) => [r.item.id, r.score]),
  );
  return reads > 1 && lastRead < full.length ? 1 : 0;
}

/** A page as a person sees it is the full ranking's slice, explained the same. */
function expectPage<S>(
  shown: { rows: S[]; total: number; page: number },
  ranked: S[],
  strip: (row: S) => unknown,
) {
  expect(shown.total).toBe(ranked.length);
  const from = (shown.page - 1) * SUGGESTIONS_PAGE_SIZE;
  expect(shown.rows.map(strip)).toEqual(
    ranked.slice(from, from + SUGGESTIONS_PAGE_SIZE).map(strip),
  );
}

describe("suggestions read best bound first", () => {
  beforeAll(async () => {
    await generateNetwork(getDb(), SIZE);
  });

  it("bound every offer's exact score for a request, and page exactly as ranking every offer that fits", async () => {
    const all = await loadOfferSides();
    let stoppedEarly = 0;
    for (const request of await loadRequestSides()) {
      const score = (offer: (typeof all)[number]) => scoreOnly(request, offer);
      expectBounds(
        await listBestFittingOffers(fitFor(request), offerBoundFor(request), 1_000),
        new Map(all.map((offer) => [offer.id, score(offer)])),
      );
      const full = rankBy(all, score);
      for (const want of [1, SUGGESTIONS_PAGE_SIZE, 3 * SUGGESTIONS_PAGE_SIZE])
        stoppedEarly += await expectBest(
          want,
          (limit) => loadBestOfferSides(request, limit),
          score,
          full,
        );
      const ranked = await rankOffersFor(request);
      for (const page of [1, 2])
        expectPage(await suggestOffersFor(request, page), ranked, ({ offer, ...s }) => s);
    }
    // The network is large enough that stopping early was exercised, not only reading all.
    expect(stoppedEarly).toBeGreaterThan(0);
  });

  it("bound every request's exact score for an offer, and page exactly as ranking every request it could serve", async () => {
    const all = await loadRequestSides();
    const offers = (await loadOfferSides()).filter((offer) => offer.active < offer.capacity);
    let stoppedEarly = 0;
    for (const offer of offers) {
      const score = (request: (typeof all)[number]) => scoreOnly(request, offer);
      expectBounds(
        await listBestFittingRequests(fitFor(offer), requestBoundFor(offer), 1_000),
        new Map(all.map((request) => [request.id, score(request)])),
      );
      const full = rankBy(all, score);
      for (const want of [1, SUGGESTIONS_PAGE_SIZE])
        stoppedEarly += await expectBest(
          want,
          (limit) => loadBestRequestSides(offer, limit),
          score,
          full,
        );
      expectPage(
        await suggestRequestsFor(offer.id, 1),
        await rankRequestsFor(offer.id),
        ({ request, ...s }) => s,
      );
    }
    expect(stoppedEarly).toBeGreaterThan(0);
  });
});
