import type { Executor, Tx } from "@/db";
import { getDb } from "@/db";
import { recordAudit, recordAudits } from "@/db/queries/audit";
import { listInitiativeNames } from "@/db/queries/initiatives";
import { getRole } from "@/db/queries/memberships";
import {
  activateTopics,
  deactivateTopics,
  expireProposals,
  getMentorshipRequestId,
  hasDueProposals,
  insertMentorships,
  listLivePairs,
  lockMentorship,
  lockRequest,
  releasePlace,
  setMentorshipState,
  setRequestMatched,
  takePlace,
  withdrawCompetingProposals,
} from "@/db/queries/mentorships";
import { getOffer, getRequest } from "@/db/queries/offers";
import type { ProposerSide } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/session";
import { scoreOffer } from "@/lib/matching/score";
import { type Notice, type NoticeKind, notifyLeads } from "@/lib/notifications/notify";

export type LifecycleError =
  | "forbidden"
  | "not_found"
  | "not_open"
  | "no_fit"
  | "duplicate"
  | "not_proposed"
  | "expired"
  | "full"
  | "already_active"
  | "not_active";

export type LifecycleResult = { ok: true; id: string } | { ok: false; error: LifecycleError };

const DAY = 24 * 60 * 60 * 1000;

/** Days a proposal waits for an answer (PROPOSAL_EXPIRY_DAYS, default 14). */
export function proposalTtlMs(): number {
  const days = Number(process.env.PROPOSAL_EXPIRY_DAYS ?? 14);
  return (Number.isFinite(days) && days > 0 ? days : 14) * DAY;
}

type Row = NonNullable<Awaited<ReturnType<typeof lockMentorship>>>;

type Sides = { id: string; mentorInitiativeId: string; menteeInitiativeId: string };

/** A notice about a mentorship for one side's leads, naming both sides. */
function noticeTo(
  m: Sides,
  side: "mentor" | "mentee",
  kind: NoticeKind,
  names: Map<string, string>,
): Notice {
  return {
    initiativeId: side === "mentor" ? m.mentorInitiativeId : m.menteeInitiativeId,
    kind,
    params: {
      mentor: names.get(m.mentorInitiativeId) ?? "",
      mentee: names.get(m.menteeInitiativeId) ?? "",
    },
    link: `/mentorships/${m.id}`,
  };
}

async function tell(m: Row, side: "mentor" | "mentee", kind: NoticeKind, tx: Tx) {
  const names = await listInitiativeNames([m.mentorInitiativeId, m.menteeInitiativeId], tx);
  await notifyLeads([noticeTo(m, side, kind, names)], tx);
}

/** Tells the proposers of these proposals something (a steward's proposal has none to tell). */
async function tellProposers(
  proposals: (Sides & { proposerSide: ProposerSide })[],
  kind: NoticeKind,
  tx: Tx,
) {
  const told = proposals.filter((m) => m.proposerSide !== "steward");
  if (told.length === 0) return;
  const names = await listInitiativeNames(
    [...new Set(told.flatMap((m) => [m.mentorInitiativeId, m.menteeInitiativeId]))],
    tx,
  );
  await notifyLeads(
    told.map((m) => noticeTo(m, m.proposerSide === "mentor" ? "mentor" : "mentee", kind, names)),
    tx,
  );
}

function audit(actorId: string | null, m: { id: string }, action: string, after?: unknown) {
  return { actorId, action, entityType: "mentorship", entityId: m.id, after };
}

/**
 * Either side's lead proposes a mentorship between an active offer and an open request
 * that fit each other; the other side's leads are told.
 */
export async function propose(
  actor: Actor,
  input: { offerId: string; requestId: string; message: string },
  db: Executor = getDb(),
): Promise<LifecycleResult> {
  return db.transaction(async (tx): Promise<LifecycleResult> => {
    const [offer, request] = await Promise.all([
      getOffer(input.offerId, tx),
      getRequest(input.requestId, tx),
    ]);
    if (!offer || !request) return { ok: false, error: "not_found" };
    const [mentorRole, menteeRole] = await Promise.all([
      getRole(offer.initiativeId, actor.id, tx),
      getRole(request.initiativeId, actor.id, tx),
    ]);
    const side = menteeRole === "lead" ? "mentee" : mentorRole === "lead" ? "mentor" : null;
    if (!side) return { ok: false, error: "forbidden" };
    return openProposal(actor, side, offer, request, input.message, tx);
  });
}

type OfferRow = NonNullable<Awaited<ReturnType<typeof getOffer>>>;
type RequestRow = NonNullable<Awaited<ReturnType<typeof getRequest>>>;
type Pair = { offer: OfferRow; request: RequestRow };
/** A pair that may be proposed, with the topics the proposal covers. */
export type VettedPair = Pair & { topics: RequestRow["topics"] };
export type Vetted = { ok: true; pair: VettedPair } | { ok: false; error: LifecycleError };

/**
 * Whether each offer–request pair may be proposed now: both sides open, fitting each
 * other, and no live proposal or mentorship between them (nor twice in the list). Reads
 * once for the whole list.
 */
export async function vetProposals(pairs: Pair[], tx: Tx): Promise<Vetted[]> {
  const live = new Set(
    (await listLivePairs({ requestIds: pairs.map((p) => p.request.id) }, tx)).map(
      (p) => `${p.offerId}:${p.requestId}`,
    ),
  );
  return pairs.map(({ offer, request }): Vetted => {
    if (offer.status !== "active" || request.status !== "open")
      return { ok: false, error: "not_open" };
    const fit = scoreOffer(
      {
        id: request.id,
        initiativeId: request.initiativeId,
        topics: request.topics,
        languages: request.languages,
        subRegion: request.subRegion,
      },
      { ...offer, active: offer.activeCount, experience: {}, load: 0 },
    );
    if (!fit) return { ok: false, error: "no_fit" };
    const key = `${offer.id}:${request.id}`;
    if (live.has(key)) return { ok: false, error: "duplicate" };
    live.add(key);
    const covers = fit.reasons.find((r) => r.kind === "covers");
    return {
      ok: true,
      pair: { offer, request, topics: covers?.kind === "covers" ? covers.topics : request.topics },
    };
  });
}

/**
 * Opens proposals for vetted pairs, in a few statements however many: the mentorships,
 * the other side's leads told (for a steward's, the mentee's leads, who answer, and the
 * mentor's, told who was proposed), and an audit entry each. Returns the new ids in the
 * pairs' order. Runs inside the caller's transaction.
 */
export async function openVettedProposals(
  actor: Actor,
  side: ProposerSide,
  pairs: VettedPair[],
  message: string,
  tx: Tx,
): Promise<string[]> {
  const expiresAt = new Date(Date.now() + proposalTtlMs());
  const opened = pairs.map((pair) => ({ id: crypto.randomUUID(), ...pair }));
  await insertMentorships(
    opened.map(({ id, offer, request, topics }) => ({
      id,
      offerId: offer.id,
      requestId: request.id,
      mentorInitiativeId: offer.initiativeId,
      menteeInitiativeId: request.initiativeId,
      topics,
      proposerSide: side,
      proposedBy: actor.id,
      message,
      expiresAt,
    })),
    tx,
  );
  const names = new Map(
    pairs.flatMap(({ offer, request }) => [
      [offer.initiativeId, offer.initiativeName],
      [request.initiativeId, request.initiativeName],
    ]),
  );
  await notifyLeads(
    opened.flatMap(({ id, offer, request }): Notice[] => {
      const m = {
        id,
        mentorInitiativeId: offer.initiativeId,
        menteeInitiativeId: request.initiativeId,
      };
      if (side === "steward")
        return [
          noticeTo(m, "mentee", "stewardProposal", names),
          noticeTo(m, "mentor", "stewardProposalMentor", names),
        ];
      return [noticeTo(m, side === "mentee" ? "mentor" : "mentee", "proposalReceived", names)];
    }),
    tx,
  );
  await recordAudits(
    opened.map((m) => audit(actor.id, m, "mentorship.proposed", { side })),
    tx,
  );
  return opened.map((m) => m.id);
}

/**
 * Opens a proposal once the caller has decided who may send it: a lead of either side, or
 * a steward publishing network matching. Runs inside the caller's transaction.
 */
export async function openProposal(
  actor: Actor,
  side: ProposerSide,
  offer: OfferRow,
  request: RequestRow,
  message: string,
  tx: Tx,
): Promise<LifecycleResult> {
  const [vetted] = await vetProposals([{ offer, request }], tx);
  if (!vetted?.ok) return vetted ?? { ok: false, error: "not_found" };
  const [id] = await openVettedProposals(actor, side, [vetted.pair], message, tx);
  return id ? { ok: true, id } : { ok: false, error: "not_found" };
}

/** The side that did not propose is the one that answers. */
function answeringSide(m: Row): "mentor" | "mentee" {
  return m.proposerSide === "mentee" ? "mentor" : "mentee";
}

async function isLeadOf(side: "mentor" | "mentee", m: Row, actor: Actor, tx: Tx) {
  return (
    (await getRole(
      side === "mentor" ? m.mentorInitiativeId : m.menteeInitiativeId,
      actor.id,
      tx,
    )) === "lead"
  );
}

/**
 * The other side's lead accepts. Capacity is checked here, atomically: an offer never
 * holds more active mentorships than its capacity, however many accept at once. When the
 * request is matched, the competing proposals are withdrawn and their senders told.
 */
export async function accept(
  actor: Actor,
  mentorshipId: string,
  db: Executor = getDb(),
): Promise<LifecycleResult> {
  const result = await db
    .transaction(async (tx): Promise<LifecycleResult | "expire"> => {
      // Lock order: request, then mentorships, then the offer — the same in every accept.
      const requestId = await getMentorshipRequestId(mentorshipId, tx);
      if (!requestId) return { ok: false, error: "not_found" };
      const request = await lockRequest(requestId, tx);
      const m = await lockMentorship(mentorshipId, tx);
      if (!m || !request) return { ok: false, error: "not_found" };
      if (!(await isLeadOf(answeringSide(m), m, actor, tx)))
        return { ok: false, error: "forbidden" };
      if (m.state !== "proposed") return { ok: false, error: "not_proposed" };
      if (m.expiresAt <= new Date()) return "expire";
      if (request.status !== "open") return { ok: false, error: "not_open" };
      if (!(await takePlace(m.offerId, tx))) return { ok: false, error: "full" };
      try {
        await activateTopics(m, tx);
      } catch {
        // The pair already has an active mentorship on one of these topics.
        throw new AlreadyActive();
      }
      await setMentorshipState(
        m.id,
        { state: "active", answeredBy: actor.id, startedAt: new Date() },
        tx,
      );
      await setRequestMatched(m.requestId, tx);
      const withdrawn = await withdrawCompetingProposals(m.requestId, m.id, tx);
      await tellProposers(withdrawn, "proposalAutoWithdrawn", tx);
      await recordAudits(
        withdrawn.map((w) =>
          audit(actor.id, w, "mentorship.withdrawn_matched", { matchedBy: m.id }),
        ),
        tx,
      );
      await tellProposers([m], "proposalAccepted", tx);
      await recordAudit(audit(actor.id, m, "mentorship.accepted"), tx);
      return { ok: true, id: m.id };
    })
    .catch((error: unknown) => {
      if (error instanceof AlreadyActive)
        return { ok: false as const, error: "already_active" as const };
      throw error;
    });
  if (result !== "expire") return result;
  await expireIfDue(mentorshipId, new Date(), db);
  return { ok: false, error: "expired" };
}

class AlreadyActive extends Error {}

/** The other side's lead declines, with an optional reason. */
export async function decline(
  actor: Actor,
  mentorshipId: string,
  reason: string,
  db: Executor = getDb(),
): Promise<LifecycleResult> {
  return db.transaction(async (tx): Promise<LifecycleResult> => {
    const m = await lockMentorship(mentorshipId, tx);
    if (!m) return { ok: false, error: "not_found" };
    if (!(await isLeadOf(answeringSide(m), m, actor, tx))) return { ok: false, error: "forbidden" };
    if (m.state !== "proposed") return { ok: false, error: "not_proposed" };
    await setMentorshipState(
      m.id,
      { state: "declined", answeredBy: actor.id, answerReason: reason, closedAt: new Date() },
      tx,
    );
    await tellProposers([m], "proposalDeclined", tx);
    await recordAudit(audit(actor.id, m, "mentorship.declined", { reason }), tx);
    return { ok: true, id: m.id };
  });
}

/** The proposing side's lead takes the proposal back. */
export async function withdraw(
  actor: Actor,
  mentorshipId: string,
  db: Executor = getDb(),
): Promise<LifecycleResult> {
  return db.transaction(async (tx): Promise<LifecycleResult> => {
    const m = await lockMentorship(mentorshipId, tx);
    if (!m) return { ok: false, error: "not_found" };
    const proposer = m.proposerSide === "steward" ? null : m.proposerSide;
    if (!proposer || !(await isLeadOf(proposer, m, actor, tx)))
      return { ok: false, error: "forbidden" };
    if (m.state !== "proposed") return { ok: false, error: "not_proposed" };
    await setMentorshipState(m.id, { state: "withdrawn", closedAt: new Date() }, tx);
    await tell(m, answeringSide(m), "proposalWithdrawn", tx);
    await recordAudit(audit(actor.id, m, "mentorship.withdrawn"), tx);
    return { ok: true, id: m.id };
  });
}

/** Either side's lead ends an active mentorship (with a reason) or completes it. */
export async function close(
  actor: Actor,
  mentorshipId: string,
  outcome: "ended" | "completed",
  reason: string,
  db: Executor = getDb(),
): Promise<LifecycleResult> {
  return db.transaction(async (tx): Promise<LifecycleResult> => {
    const m = await lockMentorship(mentorshipId, tx);
    if (!m) return { ok: false, error: "not_found" };
    if (!(await isLeadOf("mentor", m, actor, tx)) && !(await isLeadOf("mentee", m, actor, tx)))
      return { ok: false, error: "forbidden" };
    if (m.state !== "active") return { ok: false, error: "not_active" };
    await setMentorshipState(
      m.id,
      { state: outcome, answerReason: reason, closedAt: new Date() },
      tx,
    );
    await deactivateTopics(m.id, tx);
    await releasePlace(m.offerId, tx);
    await recordAudit(audit(actor.id, m, `mentorship.${outcome}`, { reason }), tx);
    return { ok: true, id: m.id };
  });
}

/**
 * Expires proposals past their date (all, or one) and tells each proposer but a steward,
 * with an audit entry each: a few statements however many fall due at once (a published
 * network run's thousands expire together).
 */
async function expireDue(scope: { now: Date; id?: string }, tx: Tx): Promise<number> {
  const expired = await expireProposals(scope, tx);
  await tellProposers(expired, "proposalExpired", tx);
  await recordAudits(
    expired.map((m) => audit(null, m, "mentorship.expired")),
    tx,
  );
  return expired.length;
}

/** Expires every proposal past its date; safe to call often (pages listing proposals call it; so does `npm run jobs`). */
export async function expireDueProposals(
  now = new Date(),
  db: Executor = getDb(),
): Promise<number> {
  // Most views find nothing due: one read then, instead of a write transaction.
  if (!(await hasDueProposals(now, db))) return 0;
  return db.transaction((tx) => expireDue({ now }, tx));
}

/** Expires one proposal still waiting past its date; whether it did. */
export async function expireIfDue(
  mentorshipId: string,
  now = new Date(),
  db: Executor = getDb(),
): Promise<boolean> {
  return (await db.transaction((tx) => expireDue({ now, id: mentorshipId }, tx))) > 0;
}
