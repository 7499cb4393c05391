import type { z } from "zod";
import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getRole } from "@/db/queries/memberships";
import {
  getOffer,
  getRequest,
  insertOffer,
  insertRequest,
  setOfferStatus,
  setRequestStatus,
} from "@/db/queries/offers";
import type { OfferStatus } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/session";
import type { offerInput, requestInput } from "@/lib/validation/mentorship";

export type ListingResult = "ok" | "forbidden" | "not_found";

/** Runs a change for a lead of `initiativeId`, in one transaction with its audit entry. */
async function asLeadOf(
  actor: Actor,
  initiativeId: string,
  db: Executor,
  change: (tx: Tx) => Promise<{ action: string; after?: unknown }>,
): Promise<ListingResult> {
  return db.transaction(async (tx): Promise<ListingResult> => {
    if ((await getRole(initiativeId, actor.id, tx)) !== "lead") return "forbidden";
    const done = await change(tx);
    await recordAudit(
      { actorId: actor.id, entityType: "initiative", entityId: initiativeId, ...done },
      tx,
    );
    return "ok";
  });
}

/** A lead offers mentorship on some topics, in some languages, with a capacity. */
export function publishOffer(
  actor: Actor,
  input: z.output<typeof offerInput>,
  db: Executor = getDb(),
) {
  return asLeadOf(actor, input.initiativeId, db, async (tx) => {
    await insertOffer({ ...input, createdBy: actor.id }, tx);
    return { action: "offer.published", after: { topics: input.topics, capacity: input.capacity } };
  });
}

/** Pause, resume or close an offer of the lead's own initiative. */
export async function changeOfferStatus(
  actor: Actor,
  offerId: string,
  status: OfferStatus,
  db: Executor = getDb(),
): Promise<ListingResult> {
  const offer = await getOffer(offerId, db);
  if (!offer) return "not_found";
  return asLeadOf(actor, offer.initiativeId, db, async (tx) => {
    await setOfferStatus(offerId, status, tx);
    return { action: "offer.status_changed", after: { offerId, status } };
  });
}

/** A lead asks for help, in their own words, by some date. */
export function publishRequest(
  actor: Actor,
  input: z.output<typeof requestInput>,
  db: Executor = getDb(),
) {
  return asLeadOf(actor, input.initiativeId, db, async (tx) => {
    await insertRequest({ ...input, createdBy: actor.id }, tx);
    return { action: "request.published", after: { topics: input.topics } };
  });
}

export async function closeHelpRequest(
  actor: Actor,
  requestId: string,
  db: Executor = getDb(),
): Promise<ListingResult> {
  const request = await getRequest(requestId, db);
  if (!request) return "not_found";
  return asLeadOf(actor, request.initiativeId, db, async (tx) => {
    await setRequestStatus(requestId, "closed", tx);
    return { action: "request.closed", after: { requestId } };
  });
}
