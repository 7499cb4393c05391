import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getInitiativeById } from "@/db/queries/initiatives";
import { getPendingRequest } from "@/db/queries/join-requests";
import { listDrafts } from "@/db/queries/matching-runs";
import { addMember, listMyInitiatives } from "@/db/queries/memberships";
import { listOffersOf, listRequestsOf } from "@/db/queries/offers";
import { listCommittee, listMeetings } from "@/db/queries/roster";
import { latestPublishedVersion } from "@/db/queries/toolkit";
import * as schema from "@/db/schema";
import { createPerson, TEST_PASSWORD } from "@/db/testing/factories";
import { createTestInitiative, initiativeForm } from "@/db/testing/initiatives";
import { proposeMentorship, startMentorship } from "@/db/testing/mentorship";
import type { FormState } from "@/lib/actions/state";
import type { Actor } from "@/lib/auth/session";
import { requestToJoin } from "@/lib/initiatives/membership";
import { addCommitteeMember, addMeeting } from "@/lib/initiatives/roster";
import { removeDraft, runNetworkMatching } from "@/lib/matching/network/run";
import { close } from "@/lib/mentorship/lifecycle";
import { publishOffer, publishRequest } from "@/lib/mentorship/listings";
import { actAs } from "@/lib/testing/fake-session";
import { form } from "@/lib/testing/helpers";
import { publishDraftVersion, startDraft } from "@/lib/toolkit/templates";
import {
  changePasswordAction,
  emailNoticesAction,
  signOutEverywhereAction,
  updateProfileAction,
} from "./(app)/account/actions";
import { remindCheckInAction } from "./(app)/stewards/actions";
import {
  changeDraftOfferAction,
  discardRunAction,
  publishRunAction,
  removeDraftAction,
  restoreDraftAction,
  runMatchingAction,
} from "./(app)/stewards/matching/actions";
import { disablePersonAction, enablePersonAction } from "./(app)/stewards/people/actions";
import {
  publishDraftAction,
  retireDraftStepAction,
  saveDraftStepAction,
  startDraftAction,
} from "./(app)/stewards/toolkit/actions";
import {
  recordRecognitionAction,
  unverifyInitiativeAction,
  verifyInitiativeAction,
} from "./(app)/stewards/verification/actions";
import { requestJoinAction } from "./initiatives/[slug]/actions";
import { commentStepAction, updateStepAction } from "./initiatives/[slug]/checklist/[step]/actions";
import { moveChecklistAction } from "./initiatives/[slug]/checklist/actions";
import {
  addCommitteeMemberAction,
  removeCommitteeMemberAction,
} from "./initiatives/[slug]/committee/actions";
import { updateInitiativeAction } from "./initiatives/[slug]/edit/actions";
import { addMeetingAction, removeMeetingAction } from "./initiatives/[slug]/meetings/actions";
import {
  changeRoleAction,
  decideJoinAction,
  inviteAction,
  leaveAction,
  removeMemberAction,
} from "./initiatives/[slug]/members/actions";
import {
  closeRequestAction,
  offerStatusAction,
  publishOfferAction,
  publishRequestAction,
} from "./initiatives/[slug]/mentorship/actions";
import { createInitiativeAction } from "./initiatives/new/actions";
import {
  acceptAction,
  closeMentorshipAction,
  declineAction,
  proposeAction,
  withdrawAction,
} from "./mentorships/[id]/actions";
import {
  addNoteAction,
  feedbackAction,
  logMeetingAction,
  setGoalAction,
} from "./mentorships/[id]/workspace-actions";
import { markAllReadAction } from "./notifications/actions";

type Role = "visitor" | "member" | "otherLead" | "lead" | "steward";
const ROLES: Role[] = ["visitor", "member", "otherLead", "lead", "steward"];

/** One initiative with a lead, a member, a pending request, a committee entry and a meeting. */
async function makeWorld() {
  const lead = await createPerson();
  const member = await createPerson();
  const otherLead = await createPerson();
  const steward = await createPerson({ isSteward: true });
  const requester = await createPerson();
  const { id } = await createTestInitiative(lead);
  await createTestInitiative(otherLead);
  await addMember(id, member.id, "member");
  await requestToJoin(requester, id, "");
  await addCommitteeMember(lead, {
    initiativeId: id,
    name: "Comité",
    stakeholderGroup: "academia",
  });
  await addMeeting(lead, {
    initiativeId: id,
    edition: 1,
    startsOn: "2024-01-01",
    endsOn: "2024-01-01",
    venue: "",
    format: "online",
  });
  // A published version newer than the initiative's, and an open draft, for the template actions.
  await startDraft(steward);
  if ((await latestPublishedVersion()) < 2) await publishDraftVersion(steward, "v2");
  await startDraft(steward);
  await publishOffer(lead, {
    initiativeId: id,
    topics: ["funding"],
    languages: ["es"],
    capacity: 2,
    preferredSubRegions: [],
    note: "",
  });
  await publishRequest(lead, {
    initiativeId: id,
    topics: ["program"],
    languages: ["es"],
    description: "Ayuda",
    horizon: null,
  });
  // Another initiative mentors this one: a pending proposal (sent by this lead) and an active mentorship.
  const otherInitiative = (await listMyInitiatives(otherLead.id))[0]?.id ?? "";
  await publishOffer(otherLead, {
    initiativeId: otherInitiative,
    topics: ["program", "event", "youth"],
    languages: ["es"],
    capacity: 5,
    preferredSubRegions: [],
    note: "",
  });
  const otherOfferId = (await listOffersOf(otherInitiative))[0]?.id ?? "";
  await publishRequest(lead, {
    initiativeId: id,
    topics: ["event"],
    languages: ["es"],
    description: "Evento",
    horizon: null,
  });
  const eventRequest = (await listRequestsOf(id)).find((r) => r.topics.includes("event"))?.id ?? "";
  const programRequest =
    (await listRequestsOf(id)).find((r) => r.topics.includes("program"))?.id ?? "";
  const mentor = { lead: otherLead, offerId: otherOfferId };
  const activeId = await startMentorship(mentor, { lead, requestId: eventRequest });
  await publishRequest(lead, {
    initiativeId: id,
    topics: ["program"],
    languages: ["es"],
    description: "Programa 2",
    horizon: null,
  });
  const secondProgram =
    (await listRequestsOf(id)).find((r) => r.description === "Programa 2")?.id ?? "";
  const pendingId = await proposeMentorship(mentor, { lead, requestId: secondProgram });
  await publishRequest(lead, {
    initiativeId: id,
    topics: ["youth"],
    languages: ["es"],
    description: "Juventud",
    horizon: null,
  });
  const youthRequest =
    (await listRequestsOf(id)).find((r) => r.description === "Juventud")?.id ?? "";
  const closedId = await startMentorship(mentor, { lead, requestId: youthRequest });
  await close(lead, closedId, "completed", "");
  // Two network matching runs under review; the second one's draft removed.
  const run = await runNetworkMatching(steward, { penalty: 100 });
  const run2 = await runNetworkMatching(steward, { penalty: 100 });
  const runId = run.ok ? run.id : "";
  const draftId = (await listDrafts(runId))[0]?.id ?? "";
  const removedDraftId = (await listDrafts(run2.ok ? run2.id : ""))[0]?.id ?? "";
  await removeDraft(steward, removedDraftId);
  const verified = await createTestInitiative(await createPerson());
  await getDb()
    .update(schema.initiatives)
    .set({ verifiedAt: new Date() })
    .where(eq(schema.initiatives.id, verified.id));
  return {
    id,
    verifiedId: verified.id,
    actors: { visitor: null, member, otherLead, lead, steward } as Record<Role, Actor | null>,
    member,
    requestId: (await getPendingRequest(id, requester.id))?.id ?? "",
    committeeEntryId: (await listCommittee(id))[0]?.id ?? "",
    meetingId: (await listMeetings(id))[0]?.id ?? "",
    target: await createPerson(),
    latest: await latestPublishedVersion(),
    offerId: (await listOffersOf(id))[0]?.id ?? "",
    otherOfferId,
    programRequest,
    pendingId,
    activeId,
    closedId,
    requestOfHelpId: (await listRequestsOf(id))[0]?.id ?? "",
    runId,
    draftId,
    removedDraftId,
    draftOfferId: (await listDrafts(runId))[0]?.offerId ?? "",
  };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
type Row = {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  input: (w: World) => Record<string, string | string[]>;
  allowed: Role[];
};

/** Every form action touching initiatives or people, and who may use it. */
const TABLE: Record<string, Row> = {
  createInitiativeAction: {
    action: createInitiativeAction,
    input: () => initiativeForm(),
    allowed: ["member", "otherLead", "lead", "steward"],
  },
  updateInitiativeAction: {
    action: updateInitiativeAction,
    input: (w) => initiativeForm({ initiativeId: w.id }),
    allowed: ["lead"],
  },
  requestJoinAction: {
    action: requestJoinAction,
    input: (w) => ({ initiativeId: w.id, message: "" }),
    allowed: ["otherLead", "steward"],
  },
  decideJoinAction: {
    action: decideJoinAction,
    input: (w) => ({ requestId: w.requestId, decision: "approve" }),
    allowed: ["lead"],
  },
  changeRoleAction: {
    action: changeRoleAction,
    input: (w) => ({ initiativeId: w.id, userId: w.member.id, role: "lead" }),
    allowed: ["lead"],
  },
  removeMemberAction: {
    action: removeMemberAction,
    input: (w) => ({ initiativeId: w.id, userId: w.member.id }),
    allowed: ["lead"],
  },
  inviteAction: {
    action: inviteAction,
    input: (w) => ({ initiativeId: w.id, email: "nueva@example.org", role: "member" }),
    allowed: ["lead"],
  },
  leaveAction: { action: leaveAction, input: (w) => ({ initiativeId: w.id }), allowed: ["member"] },
  addCommitteeMemberAction: {
    action: addCommitteeMemberAction,
    input: (w) => ({ initiativeId: w.id, name: "X", stakeholderGroup: "government" }),
    allowed: ["lead"],
  },
  removeCommitteeMemberAction: {
    action: removeCommitteeMemberAction,
    input: (w) => ({ initiativeId: w.id, entryId: w.committeeEntryId }),
    allowed: ["lead"],
  },
  addMeetingAction: {
    action: addMeetingAction,
    input: (w) => ({
      initiativeId: w.id,
      edition: "2",
      startsOn: "2025-01-01",
      endsOn: "2025-01-02",
      format: "hybrid",
    }),
    allowed: ["lead"],
  },
  removeMeetingAction: {
    action: removeMeetingAction,
    input: (w) => ({ initiativeId: w.id, entryId: w.meetingId }),
    allowed: ["lead"],
  },
  verifyInitiativeAction: {
    action: verifyInitiativeAction,
    input: (w) => ({ initiativeId: w.id }),
    allowed: ["steward"],
  },
  unverifyInitiativeAction: {
    action: unverifyInitiativeAction,
    input: (w) => ({ initiativeId: w.verifiedId, reason: "r" }),
    allowed: ["steward"],
  },
  recordRecognitionAction: {
    action: recordRecognitionAction,
    input: (w) => ({ initiativeId: w.id, recognizedOn: "2024-01-01" }),
    allowed: ["steward"],
  },
  disablePersonAction: {
    action: disablePersonAction,
    input: (w) => ({ userId: w.target.id }),
    allowed: ["steward"],
  },
  updateStepAction: {
    action: updateStepAction,
    input: (w) => ({
      initiativeId: w.id,
      stepKey: "principles",
      status: "done",
      note: "",
      revision: "0",
    }),
    allowed: ["member", "lead"],
  },
  moveChecklistAction: {
    action: moveChecklistAction,
    input: (w) => ({ initiativeId: w.id, version: String(w.latest) }),
    allowed: ["lead"],
  },
  startDraftAction: { action: startDraftAction, input: () => ({}), allowed: ["steward"] },
  saveDraftStepAction: {
    action: saveDraftStepAction,
    input: () => ({
      key: "scope",
      phase: "foundations",
      topic: "recognition",
      evidence: "none",
      titleEs: "a",
      titleEn: "b",
      titlePt: "c",
    }),
    allowed: ["steward"],
  },
  retireDraftStepAction: {
    action: retireDraftStepAction,
    input: () => ({ key: "scope" }),
    allowed: ["steward"],
  },
  publishDraftAction: {
    action: publishDraftAction,
    input: () => ({ notes: "n" }),
    allowed: ["steward"],
  },
  publishOfferAction: {
    action: publishOfferAction,
    input: (w) => ({ initiativeId: w.id, topics: ["funding"], languages: ["es"], capacity: "2" }),
    allowed: ["lead"],
  },
  offerStatusAction: {
    action: offerStatusAction,
    input: (w) => ({ offerId: w.offerId, status: "paused" }),
    allowed: ["lead"],
  },
  publishRequestAction: {
    action: publishRequestAction,
    input: (w) => ({
      initiativeId: w.id,
      topics: ["funding"],
      languages: ["es"],
      description: "Ayuda",
    }),
    allowed: ["lead"],
  },
  closeRequestAction: {
    action: closeRequestAction,
    input: (w) => ({ requestId: w.requestOfHelpId }),
    allowed: ["lead"],
  },
  proposeAction: {
    action: proposeAction,
    input: (w) => ({ offerId: w.otherOfferId, requestId: w.programRequest, message: "" }),
    allowed: ["lead", "otherLead"],
  },
  acceptAction: {
    action: acceptAction,
    input: (w) => ({ mentorshipId: w.pendingId }),
    allowed: ["otherLead"],
  },
  declineAction: {
    action: declineAction,
    input: (w) => ({ mentorshipId: w.pendingId, reason: "" }),
    allowed: ["otherLead"],
  },
  withdrawAction: {
    action: withdrawAction,
    input: (w) => ({ mentorshipId: w.pendingId }),
    allowed: ["lead"],
  },
  closeMentorshipAction: {
    action: closeMentorshipAction,
    input: (w) => ({ mentorshipId: w.activeId, outcome: "completed", reason: "" }),
    allowed: ["lead", "otherLead"],
  },
  setGoalAction: {
    action: setGoalAction,
    input: (w) => ({ mentorshipId: w.activeId, stepKey: "budget" }),
    allowed: ["lead", "otherLead"],
  },
  addNoteAction: {
    action: addNoteAction,
    input: (w) => ({ mentorshipId: w.activeId, body: "Hola" }),
    allowed: ["member", "lead", "otherLead"],
  },
  logMeetingAction: {
    action: logMeetingAction,
    input: (w) => ({
      mentorshipId: w.activeId,
      heldOn: "2025-05-05",
      minutes: "45",
      summary: "Plan",
    }),
    allowed: ["member", "lead", "otherLead"],
  },
  feedbackAction: {
    action: feedbackAction,
    input: (w) => ({ mentorshipId: w.closedId, rating: "5" }),
    allowed: ["lead", "otherLead"],
  },
  commentStepAction: {
    action: commentStepAction,
    input: (w) => ({ initiativeId: w.id, stepKey: "budget", body: "Buen avance" }),
    allowed: ["member", "lead", "otherLead"],
  },
  enablePersonAction: {
    action: enablePersonAction,
    input: (w) => ({ userId: w.target.id }),
    allowed: ["steward"],
  },
  changePasswordAction: {
    action: changePasswordAction,
    input: () => ({
      current: TEST_PASSWORD,
      password: "una clave nueva y larga",
      confirm: "una clave nueva y larga",
    }),
    allowed: ["member", "otherLead", "lead", "steward"],
  },
  signOutEverywhereAction: {
    action: signOutEverywhereAction,
    input: () => ({}),
    allowed: ["member", "otherLead", "lead", "steward"],
  },
  markAllReadAction: {
    action: markAllReadAction,
    input: () => ({}),
    allowed: ["member", "otherLead", "lead", "steward"],
  },
  emailNoticesAction: {
    action: emailNoticesAction,
    input: () => ({}),
    allowed: ["member", "otherLead", "lead", "steward"],
  },
  runMatchingAction: {
    action: runMatchingAction,
    input: () => ({ penalty: "200" }),
    allowed: ["steward"],
  },
  removeDraftAction: {
    action: removeDraftAction,
    input: (w) => ({ draftId: w.draftId }),
    allowed: ["steward"],
  },
  restoreDraftAction: {
    action: restoreDraftAction,
    input: (w) => ({ draftId: w.removedDraftId }),
    allowed: ["steward"],
  },
  changeDraftOfferAction: {
    action: changeDraftOfferAction,
    input: (w) => ({ draftId: w.draftId, offerId: w.draftOfferId }),
    allowed: ["steward"],
  },
  publishRunAction: {
    action: publishRunAction,
    input: (w) => ({ runId: w.runId, message: "Bienvenidas" }),
    allowed: ["steward"],
  },
  discardRunAction: {
    action: discardRunAction,
    input: (w) => ({ runId: w.runId }),
    allowed: ["steward"],
  },
  remindCheckInAction: {
    action: remindCheckInAction,
    input: (w) => ({ mentorshipId: w.activeId }),
    allowed: ["steward"],
  },
  updateProfileAction: {
    action: updateProfileAction,
    input: () => ({ name: "Nuevo nombre", locale: "pt" }),
    allowed: ["member", "otherLead", "lead", "steward"],
  },
};

const TABLES: PgTable[] = [
  schema.users,
  schema.initiatives,
  schema.initiativeMembers,
  schema.joinRequests,
  schema.invitations,
  schema.committeeMembers,
  schema.annualMeetings,
  schema.auditEvents,
  schema.outboxMessages,
  schema.checklistItems,
  schema.checklistHistory,
  schema.toolkitTemplates,
  schema.toolkitSteps,
  schema.offers,
  schema.helpRequests,
  schema.mentorships,
  schema.mentorshipTopics,
  schema.notifications,
  schema.mentorshipGoals,
  schema.mentorshipNotes,
  schema.mentorshipMeetings,
  schema.mentorshipFeedback,
  schema.stepComments,
  schema.matchingRuns,
  schema.matchingDrafts,
];

async function snapshot(w: World) {
  const counts = await Promise.all(
    TABLES.map(async (t) => (await getDb().select({ n: count() }).from(t))[0]?.n),
  );
  const initiative = await getInitiativeById(w.id);
  const statuses = await getDb()
    .select({ status: schema.joinRequests.status })
    .from(schema.joinRequests);
  const target = await getDb()
    .select({ disabledAt: schema.users.disabledAt })
    .from(schema.users)
    .where(eq(schema.users.id, w.target.id));
  return { counts, initiative, statuses, target };
}

async function outcome(run: () => Promise<FormState>): Promise<"allowed" | "denied"> {
  try {
    const state = await run();
    return state.status === "success" ? "allowed" : "denied";
  } catch (error) {
    if (String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) return "allowed";
    throw error;
  }
}

/**
 * Actions outside the table, each with the reason and the test that covers it: the visitor
 * flows of signing in and up have no "who may" dimension, and an invitation is bound to
 * the invited address.
 */
const EXEMPT: Record<string, string> = {
  signInAction: "visitor flow; app/(auth) journeys and lib/auth/credentials.int.test.ts",
  magicLinkAction: "visitor flow; e2e/auth.spec.ts",
  oauthSignInAction: "visitor flow; redirects to a configured provider only",
  signUpAction: "visitor flow; app/(auth)/sign-up/actions.int.test.ts",
  confirmEmailAction: "visitor flow; app/(auth)/sign-up/actions.int.test.ts",
  forgotPasswordAction: "visitor flow; app/(auth)/reset-password/actions.int.test.ts",
  resetPasswordAction: "visitor flow; app/(auth)/reset-password/actions.int.test.ts",
  setLocaleAction: "anyone may choose a language; app/actions.int.test.ts",
  signOutAction: "ends the caller's own session only",
  benchNoopAction: "the benchmark's no-op baseline: reads nothing, writes nothing",
  acceptInvitationAction:
    "bound to the invited address; app/initiatives/[slug]/members/actions.int.test.ts",
};

describe("every server action is covered", () => {
  it("has a row in the table or a stated exemption", () => {
    const modules = import.meta.glob<Record<string, unknown>>(
      ["./**/actions.ts", "./**/*-actions.ts"],
      { eager: true },
    );
    const exported = Object.values(modules).flatMap((m) =>
      Object.entries(m)
        .filter(([, v]) => typeof v === "function")
        .map(([name]) => name),
    );
    expect(exported.length).toBeGreaterThan(40);
    const uncovered = exported.filter((name) => !(name in TABLE) && !(name in EXEMPT));
    expect(uncovered).toEqual([]);
  });
});

describe("authorization table", () => {
  for (const [name, row] of Object.entries(TABLE)) {
    for (const role of ROLES) {
      const expected = row.allowed.includes(role) ? "allowed" : "denied";
      it(`${name} × ${role} → ${expected}`, async () => {
        const world = await makeWorld();
        actAs(world.actors[role]);
        const before = await snapshot(world);
        const result = await outcome(() => row.action({ status: "idle" }, form(row.input(world))));
        expect(result).toBe(expected);
        if (expected === "denied") expect(await snapshot(world)).toEqual(before);
      });
    }
  }
});
