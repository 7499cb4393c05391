import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import {
  closeRun,
  countDraftsOnOffers,
  type DraftValues,
  insertRun,
  listPendingDraftIds,
  lockDraft,
  lockRun,
  updateDraft,
} from "@/db/queries/matching-runs";
import { listLivePairs, lockRequest } from "@/db/queries/mentorships";
import { getOffer, getRequest } from "@/db/queries/offers";
import type { Actor } from "@/lib/auth/session";
import { openProposal } from "@/lib/mentorship/lifecycle";
import { loadOfferSides, loadRequestSides } from "../candidates";
import { scoreOffer } from "../score";
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
    listLivePairs(db),
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
    const draft = await lockDraft(draftId, tx);
    if (!draft) return "not_found" as const;
    const run = await lockRun(draft.runId, tx);
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
    if (offer.capacity - offer.active <= used) return "full";
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
 * publishes nothing.
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
    const placesTaken = new Map<string, number>();
    let published = 0;
    let refused = 0;
    for (const { id } of await listPendingDraftIds(run.id, tx)) {
      const draft = await lockDraft(id, tx);
      if (!draft) continue;
      const refusal = await publishDraft(actor, draft, input.message, placesTaken, tx);
      if (refusal) refused += 1;
      else published += 1;
    }
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

async function publishDraft(
  actor: Actor,
  draft: Draft,
  message: string,
  placesTaken: Map<string, number>,
  tx: Tx,
): Promise<Refusal | null> {
  const refuse = async (refusal: Refusal) => {
    await updateDraft(draft.id, { state: "refused", refusal }, tx);
    return refusal;
  };
  // The same lock order as accepting a proposal: the request first.
  await lockRequest(draft.requestId, tx);
  const [request, offer] = await Promise.all([
    getRequest(draft.requestId, tx),
    getOffer(draft.offerId, tx),
  ]);
  if (request?.status !== "open") return refuse("request_closed");
  if (requestVersion(request) !== draft.requestVersion) return refuse("request_changed");
  if (offer?.status !== "active") return refuse("offer_closed");
  if (offerVersion(offer) !== draft.offerVersion) return refuse("offer_changed");
  const taken = placesTaken.get(offer.id) ?? 0;
  if (offer.activeCount + taken >= offer.capacity) return refuse("offer_full");
  const result = await openProposal(actor, "steward", offer, request, message, tx);
  if (!result.ok) return refuse(result.error === "duplicate" ? "duplicate" : "no_fit");
  placesTaken.set(offer.id, taken + 1);
  await updateDraft(draft.id, { state: "published", mentorshipId: result.id }, tx);
  return null;
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
