import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import {
  closeRun,
  countDraftsOnOffers,
  type DraftValues,
  getDraft,
  insertRun,
  lockDraft,
  lockPendingDrafts,
  lockRun,
  type SettledDraft,
  settleDrafts,
  updateDraft,
} from "@/db/queries/matching-runs";
import { listLivePairs, lockRequests } from "@/db/queries/mentorships";
import { getOffer, getOffers, getRequest, getRequests } from "@/db/queries/offers";
import type { Actor } from "@/lib/auth/session";
import { openVettedProposals, type VettedPair, vetProposals } from "@/lib/mentorship/lifecycle";
import { loadOfferSides, loadRequestSides } from "../candidates";
import { freePlaces, scoreOffer } from "../score";
import { buildCandidateGraph, offerVersion, requestVersion } from "./graph";
import { solveGraph } from "./solve";

export type RunError = "forbidden" | "not_found" | "closed";
export type RunOutcome =
  | { ok: true; id: string }
  | { ok: false; error: RunError | "no_requests" | "no_offers" };

/** Why publishing refused one draft; the steward sees it beside the draft. */
export type Refusal =
  | "request_closed"
  | "request_changed"
  | "offer_closed"
  | "offer_changed"
  | "offer_full"
  | "duplicate"
  | "no_fit";

/**
 * Solves network-wide matching over every open request and active offer with free places,
 * and stores the optimum as drafts for a steward to review. Pairs that already have a live
 * proposal or mentorship are left out (publishing them would be refused as duplicates).
 */
export async function runNetworkMatching(
  actor: Actor,
  input: { penalty: number },
  db: Executor = getDb(),
): Promise<RunOutcome> {
  if (!actor.isSteward) return { ok: false, error: "forbidden" };
  const [offerSides, requests, live] = await Promise.all([
    loadOfferSides(undefined, db),
    loadRequestSides(undefined, db),
    listLivePairs(undefined, db),
  ]);
  const offers = offerSides.filter((o) => o.capacity > o.active);
  if (requests.length === 0) return { ok: false, error: "no_requests" };
  if (offers.length === 0) return { ok: false, error: "no_offers" };
  const graph = buildCandidateGraph(requests, offers, live);
  const started = performance.now();
  const solution = solveGraph(graph, input.penalty);
  const solveMs = Math.round(performance.now() - started);
  const requestById = new Map(requests.map((r) => [r.id, r]));
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const drafts: DraftValues[] = solution.assignments.map((a) => {
    const request = requestById.get(a.requestId);
    const offer = offerById.get(a.offerId);
    const fit = request && offer ? scoreOffer(request, offer) : null;
    if (!request || !offer || !fit) throw new Error("solver returned a pair outside the graph");
    return {
      requestId: a.requestId,
      offerId: a.offerId,
      score: a.score,
      reasons: fit.reasons,
      requestVersion: requestVersion({ ...request, status: "open" }),
      offerVersion: offerVersion({ ...offer, status: "active" }),
    };
  });
  return db.transaction(async (tx) => {
    const run = await insertRun(
      {
        createdBy: actor.id,
        penalty: input.penalty,
        requestCount: requests.length,
        offerCount: offers.length,
        edgeCount: graph.edgeOffer.length,
        totalScore: solution.totalScore,
        solveMs,
        unmatchedRequestIds: solution.unmatchedRequestIds,
      },
      drafts,
      tx,
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "matching.run",
        entityType: "matching_run",
        entityId: run.id,
        after: { penalty: input.penalty, drafts: drafts.length, totalScore: solution.totalScore },
      },
      tx,
    );
    return { ok: true as const, id: run.id };
  });
}

type Draft = NonNullable<Awaited<ReturnType<typeof lockDraft>>>;
type OfferRow = NonNullable<Awaited<ReturnType<typeof getOffer>>>;
type RequestRow = NonNullable<Awaited<ReturnType<typeof getRequest>>>;

/** Runs a steward's change to one draft of a run still under review, with its audit entry. */
async function onDraft(
  actor: Actor,
  draftId: string,
  action: string,
  db: Executor,
  change: (draft: Draft, tx: Tx) => Promise<RunError | "full" | "no_fit" | "ok">,
) {
  if (!actor.isSteward) return "forbidden" as const;
  return db.transaction(async (tx) => {
    // The run first, then the draft: the order publishing takes them in, so that an edit
    // and a publish of the same run queue instead of deadlocking.
    const found = await getDraft(draftId, tx);
    if (!found) return "not_found" as const;
    const run = await lockRun(found.runId, tx);
    const draft = await lockDraft(draftId, tx);
    if (!draft) return "not_found" as const;
    if (run?.state !== "draft") return "closed" as const;
    const result = await change(draft, tx);
    if (result !== "ok") return result;
    await recordAudit(
      {
        actorId: actor.id,
        action,
        entityType: "matching_run",
        entityId: draft.runId,
        before: { draftId, offerId: draft.offerId, state: draft.state },
      },
      tx,
    );
    return "ok" as const;
  });
}

/** Takes a pair out of the run before publishing. */
export function removeDraft(actor: Actor, draftId: string, db: Executor = getDb()) {
  return onDraft(actor, draftId, "matching.draft_removed", db, async (draft, tx) => {
    if (draft.state !== "draft") return "closed";
    await updateDraft(draft.id, { state: "removed" }, tx);
    return "ok";
  });
}

/** Puts a removed pair back, if its offer still has a place in this run. */
export function restoreDraft(actor: Actor, draftId: string, db: Executor = getDb()) {
  return onDraft(actor, draftId, "matching.draft_restored", db, async (draft, tx) => {
    if (draft.state !== "removed") return "closed";
    const offer = await getOffer(draft.offerId, tx);
    const used = (await countDraftsOnOffers(draft.runId, [draft.offerId], tx)).get(draft.offerId);
    if (!offer || offer.capacity - offer.activeCount <= (used ?? 0)) return "full";
    await updateDraft(draft.id, { state: "draft" }, tx);
    return "ok";
  });
}

/**
 * Gives a request another mentor: the offer must fit the request now and still have a
 * place once the run's other drafts on it are counted.
 */
export function changeDraftOffer(
  actor: Actor,
  input: { draftId: string; offerId: string },
  db: Executor = getDb(),
) {
  return onDraft(actor, input.draftId, "matching.draft_edited", db, async (draft, tx) => {
    if (draft.state !== "draft") return "closed";
    if (draft.offerId === input.offerId) return "ok";
    const [[offer], request] = await Promise.all([
      loadOfferSides({ ids: [input.offerId] }, tx),
      getRequest(draft.requestId, tx),
    ]);
    if (!offer || !request || request.status !== "open") return "not_found";
    const fit = scoreOffer(request, offer);
    if (!fit) return "no_fit";
    const used = (await countDraftsOnOffers(draft.runId, [offer.id], tx)).get(offer.id) ?? 0;
    if (freePlaces(offer) <= used) return "full";
    await updateDraft(
      draft.id,
      {
        offerId: offer.id,
        score: fit.score,
        reasons: fit.reasons,
        offerVersion: offerVersion({ ...offer, status: "active" }),
      },
      tx,
    );
    return "ok";
  });
}

export type PublishOutcome =
  | { ok: true; published: number; refused: number }
  | { ok: false; error: RunError };

/**
 * Publishes a run's remaining drafts as proposals sent in the steward's name. Each draft is
 * checked against its request and offer as they are now; one that changed since the run is
 * refused with the reason and the others still go out. One transaction: a failure part-way
 * publishes nothing. Set-wise, so that a network-wide run of thousands of drafts takes a
 * few dozen statements rather than a dozen per draft.
 */
export async function publishRun(
  actor: Actor,
  input: { runId: string; message: string },
  db: Executor = getDb(),
): Promise<PublishOutcome> {
  if (!actor.isSteward) return { ok: false, error: "forbidden" };
  return db.transaction(async (tx): Promise<PublishOutcome> => {
    const run = await lockRun(input.runId, tx);
    if (!run) return { ok: false, error: "not_found" };
    if (run.state !== "draft") return { ok: false, error: "closed" };
    const drafts = await lockPendingDrafts(run.id, tx);
    const requestIds = drafts.map((d) => d.requestId);
    // The same lock order as accepting a proposal: the requests first.
    await lockRequests(requestIds, tx);
    const [requests, offers] = await Promise.all([
      getRequests(requestIds, tx),
      getOffers([...new Set(drafts.map((d) => d.offerId))], tx),
    ]);
    const decided = await decideDrafts(drafts, requests, offers, tx);
    const sent = decided.flatMap((d) => ("pair" in d ? [d.pair] : []));
    const ids = await openVettedProposals(actor, "steward", sent, input.message, tx);
    let next = 0;
    const settled = decided.map(
      (d): SettledDraft =>
        "pair" in d
          ? { id: d.id, state: "published", mentorshipId: ids[next++] ?? "" }
          : { id: d.id, state: "refused", refusal: d.refusal },
    );
    await settleDrafts(settled, tx);
    const published = sent.length;
    const refused = settled.length - published;
    await closeRun(run.id, "published", { closedBy: actor.id, message: input.message }, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "matching.published",
        entityType: "matching_run",
        entityId: run.id,
        after: { published, refused },
      },
      tx,
    );
    return { ok: true, published, refused };
  });
}

type Decision = { id: string; pair: VettedPair } | { id: string; refusal: Refusal };

/**
 * What publishing does with each draft, best first: refused when a side closed or changed
 * since the run, when its offer has no place left (counting the drafts sent before it), or
 * when the pair may no longer be proposed; sent otherwise.
 */
async function decideDrafts(
  drafts: Draft[],
  requests: Map<string, RequestRow>,
  offers: Map<string, OfferRow>,
  tx: Tx,
): Promise<Decision[]> {
  const stale = drafts.map((draft): Refusal | null => {
    const request = requests.get(draft.requestId);
    const offer = offers.get(draft.offerId);
    if (request?.status !== "open") return "request_closed";
    if (requestVersion(request) !== draft.requestVersion) return "request_changed";
    if (offer?.status !== "active") return "offer_closed";
    if (offerVersion(offer) !== draft.offerVersion) return "offer_changed";
    return null;
  });
  const current = drafts.flatMap((draft, i) => {
    const request = requests.get(draft.requestId);
    const offer = offers.get(draft.offerId);
    return stale[i] === null && request && offer ? [{ draft, offer, request }] : [];
  });
  const vetted = await vetProposals(current, tx);
  const vetOf = new Map(current.map(({ draft }, i) => [draft.id, vetted[i]]));
  const placesTaken = new Map<string, number>();
  return drafts.map((draft, i): Decision => {
    const refusal = stale[i];
    if (refusal) return { id: draft.id, refusal };
    const offer = offers.get(draft.offerId);
    const taken = placesTaken.get(draft.offerId) ?? 0;
    if (!offer || offer.activeCount + taken >= offer.capacity)
      return { id: draft.id, refusal: "offer_full" };
    const vet = vetOf.get(draft.id);
    if (!vet?.ok)
      return { id: draft.id, refusal: vet?.error === "duplicate" ? "duplicate" : "no_fit" };
    placesTaken.set(draft.offerId, taken + 1);
    return { id: draft.id, pair: vet.pair };
  });
}

/** Closes a run without publishing anything. */
export async function discardRun(actor: Actor, runId: string, db: Executor = getDb()) {
  if (!actor.isSteward) return "forbidden" as const;
  return db.transaction(async (tx) => {
    const run = await lockRun(runId, tx);
    if (!run) return "not_found" as const;
    if (run.state !== "draft") return "closed" as const;
    await closeRun(run.id, "discarded", { closedBy: actor.id }, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "matching.discarded",
        entityType: "matching_run",
        entityId: run.id,
      },
      tx,
    );
    return "ok" as const;
  });
}
