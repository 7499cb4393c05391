import { eq, is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getPendingRequest } from "@/db/queries/join-requests";
import { listDrafts } from "@/db/queries/matching-runs";
import { addMember } from "@/db/queries/memberships";
import { listOffersOf, listRequestsOf } from "@/db/queries/offers";
import { listCommittee, listMeetings } from "@/db/queries/roster";
import * as schema from "@/db/schema";
import { createPerson, TEST_PASSWORD } from "@/db/testing/factories";
import { createTestInitiative, initiativeForm } from "@/db/testing/initiatives";
import { proposeMentorship, startMentorship } from "@/db/testing/mentorship";
import type { FormState } from "@/lib/actions/state";
import { requestToJoin } from "@/lib/initiatives/membership";
import { addCommitteeMember, addMeeting } from "@/lib/initiatives/roster";
import { runNetworkMatching } from "@/lib/matching/network/run";
import { accept, close, propose } from "@/lib/mentorship/lifecycle";
import { publishOffer, publishRequest } from "@/lib/mentorship/listings";
import { requestHeaders } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { startDraft } from "@/lib/toolkit/templates";

// Property-based fuzzing of every server action with hostile form data, as the lead of an
// initiative and as a steward: never an unexpected throw (a 500), and an error answer never
// leaves a write behind (row counts and contents of every table unchanged).

const modules = import.meta.glob<Record<string, unknown>>(
  ["./**/actions.ts", "./**/*-actions.ts"],
  { eager: true },
);
type AnyAction = (...args: unknown[]) => Promise<unknown>;
const ACTIONS = Object.values(modules).flatMap((m) =>
  Object.entries(m).filter((entry): entry is [string, AnyAction] => typeof entry[1] === "function"),
);

// FUZZ_RUNS=200 for a longer hunt; the default keeps the file near 80 s on PGlite.
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

/** Actions on a network matching run: only their worlds pay for one. */
const ON_A_RUN = new Set([
  "removeDraftAction",
  "restoreDraftAction",
  "changeDraftOfferAction",
  "publishRunAction",
  "discardRunAction",
]);

/** A lead's initiative with members, a join request, roster entries, listings, mentorships. */
async function createWorld(withRun = false) {
  const lead = await createPerson();
  const member = await createPerson();
  const otherLead = await createPerson();
  const steward = await createPerson({ isSteward: true });
  const requester = await createPerson();
  const { id } = await createTestInitiative(lead);
  const other = await createTestInitiative(otherLead);
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
  await startDraft(steward);
  const listing = { languages: ["es" as const], preferredSubRegions: [], note: "" };
  await publishOffer(lead, { initiativeId: id, topics: ["funding"], capacity: 2, ...listing });
  await publishOffer(otherLead, {
    initiativeId: other.id,
    topics: ["program", "event", "youth"],
    capacity: 5,
    ...listing,
  });
  const otherOfferId = (await listOffersOf(other.id))[0]?.id ?? "";
  const requestFor = async (topic: "program" | "event" | "youth") => {
    await publishRequest(lead, {
      initiativeId: id,
      topics: [topic],
      languages: ["es"],
      description: topic,
      horizon: null,
    });
    return (await listRequestsOf(id)).find((r) => r.description === topic)?.id ?? "";
  };
  const mentor = { lead: otherLead, offerId: otherOfferId };
  const asking = async (topic: "program" | "event" | "youth") => ({
    lead,
    requestId: await requestFor(topic),
  });
  const activeId = await startMentorship(mentor, await asking("event"));
  const closedId = await startMentorship(mentor, await asking("youth"));
  await close(lead, closedId, "completed", "");
  const pendingId = await proposeMentorship(mentor, await asking("program"));
  const run = withRun ? await runNetworkMatching(steward, { penalty: 100 }) : undefined;
  const runId = run?.ok ? run.id : "";
  const draft = runId ? (await listDrafts(runId))[0] : undefined;
  const ids = {
    initiative: id,
    otherInitiative: other.id,
    member: member.id,
    otherLead: otherLead.id,
    steward: steward.id,
    target: (await createPerson()).id,
    joinRequest: (await getPendingRequest(id, requester.id))?.id ?? "",
    committeeEntry: (await listCommittee(id))[0]?.id ?? "",
    meeting: (await listMeetings(id))[0]?.id ?? "",
    offer: (await listOffersOf(id))[0]?.id ?? "",
    otherOffer: otherOfferId,
    request: (await listRequestsOf(id))[0]?.id ?? "",
    pending: pendingId,
    active: activeId,
    closed: closedId,
    run: runId,
    draft: draft?.id ?? "",
    draftOffer: draft?.offerId ?? "",
  };
  return { actors: { lead, steward }, ids, lead, otherLead };
}

type World = Awaited<ReturnType<typeof createWorld>>;
type Ids = World["ids"];
type Form = Record<string, string | string[]>;

/** A valid submission per action, every optional field included: the fuzzer spoils it. */
const INPUTS: Record<string, (w: Ids, email: string) => Form> = {
  updateProfileAction: () => ({ name: "Nuevo nombre", locale: "pt" }),
  changePasswordAction: () => ({
    current: TEST_PASSWORD,
    password: "una clave nueva y larga",
    confirm: "una clave nueva y larga",
  }),
  signOutEverywhereAction: () => ({}),
  emailNoticesAction: () => ({ emailNotifications: "on" }),
  remindCheckInAction: (w) => ({ mentorshipId: w.active }),
  runMatchingAction: () => ({ penalty: "200" }),
  removeDraftAction: (w) => ({ draftId: w.draft }),
  restoreDraftAction: (w) => ({ draftId: w.draft }),
  changeDraftOfferAction: (w) => ({ draftId: w.draft, offerId: w.draftOffer }),
  publishRunAction: (w) => ({ runId: w.run, message: "Bienvenidas" }),
  discardRunAction: (w) => ({ runId: w.run }),
  disablePersonAction: (w) => ({ userId: w.target }),
  enablePersonAction: (w) => ({ userId: w.target }),
  startDraftAction: () => ({}),
  saveDraftStepAction: () => ({
    key: "scope",
    phase: "foundations",
    topic: "recognition",
    evidence: "none",
    titleEs: "a",
    titleEn: "b",
    titlePt: "c",
    guidanceEs: "g",
    guidanceEn: "g",
    guidancePt: "g",
  }),
  retireDraftStepAction: () => ({ key: "scope" }),
  publishDraftAction: () => ({ notes: "n" }),
  verifyInitiativeAction: (w) => ({ initiativeId: w.initiative, recognizedOn: "2024-01-01" }),
  unverifyInitiativeAction: (w) => ({ initiativeId: w.initiative, reason: "r" }),
  recordRecognitionAction: (w) => ({ initiativeId: w.initiative, recognizedOn: "2024-01-01" }),
  confirmEmailAction: () => ({ token: "t".repeat(43) }),
  forgotPasswordAction: (_w, email) => ({ email }),
  resetPasswordAction: () => ({
    token: "t".repeat(43),
    password: "una clave nueva y larga",
    confirm: "una clave nueva y larga",
  }),
  signInAction: (_w, email) => ({ email, password: TEST_PASSWORD, callbackUrl: "/dashboard" }),
  magicLinkAction: (_w, email) => ({ email, callbackUrl: "/dashboard" }),
  oauthSignInAction: () => ({ provider: "github", callbackUrl: "/dashboard" }),
  signUpAction: () => ({
    name: "Ana",
    email: `ana.${crypto.randomUUID()}@example.org`,
    password: "una frase larga y mía",
    confirm: "una frase larga y mía",
  }),
  setLocaleAction: () => ({ locale: "en", returnTo: "/" }),
  signOutAction: () => ({}),
  benchNoopAction: () => ({}),
  requestJoinAction: (w) => ({ initiativeId: w.otherInitiative, message: "Hola" }),
  updateStepAction: (w) => ({
    initiativeId: w.initiative,
    stepKey: "principles",
    status: "done",
    note: "Nota",
    evidenceUrl: "https://example.org/acta",
    evidenceDate: "2024-01-01",
    revision: "0",
  }),
  commentStepAction: (w) => ({ initiativeId: w.initiative, stepKey: "budget", body: "Bien" }),
  moveChecklistAction: (w) => ({ initiativeId: w.initiative, version: "1" }),
  addCommitteeMemberAction: (w) => ({
    initiativeId: w.initiative,
    name: "X",
    stakeholderGroup: "government",
    gender: "woman",
    city: "Lima",
    country: "PE",
    committeeRole: "Chair",
  }),
  removeCommitteeMemberAction: (w) => ({ initiativeId: w.initiative, entryId: w.committeeEntry }),
  updateInitiativeAction: (w) => initiativeForm({ initiativeId: w.initiative }),
  addMeetingAction: (w) => ({
    initiativeId: w.initiative,
    edition: "2",
    startsOn: "2025-01-01",
    endsOn: "2025-01-02",
    venue: "Lima",
    format: "hybrid",
    agendaUrl: "https://example.org/agenda",
    reportUrl: "",
  }),
  removeMeetingAction: (w) => ({ initiativeId: w.initiative, entryId: w.meeting }),
  decideJoinAction: (w) => ({ requestId: w.joinRequest, decision: "approve" }),
  changeRoleAction: (w) => ({ initiativeId: w.initiative, userId: w.member, role: "lead" }),
  removeMemberAction: (w) => ({ initiativeId: w.initiative, userId: w.member }),
  inviteAction: (w) => ({ initiativeId: w.initiative, email: "nueva@example.org", role: "member" }),
  leaveAction: (w) => ({ initiativeId: w.initiative }),
  publishOfferAction: (w) => ({
    initiativeId: w.initiative,
    topics: ["funding", "committee"],
    languages: ["es"],
    capacity: "2",
    preferredSubRegions: ["caribbean"],
    note: "Nota",
  }),
  offerStatusAction: (w) => ({ offerId: w.offer, status: "paused" }),
  publishRequestAction: (w) => ({
    initiativeId: w.initiative,
    topics: ["funding"],
    languages: ["es"],
    description: "Ayuda",
    horizon: "2099-01-01",
  }),
  closeRequestAction: (w) => ({ requestId: w.request }),
  createInitiativeAction: () => initiativeForm(),
  acceptInvitationAction: () => ({ token: "t".repeat(43) }),
  proposeAction: (w) => ({ offerId: w.otherOffer, requestId: w.request, message: "Hola" }),
  acceptAction: (w) => ({ mentorshipId: w.pending }),
  declineAction: (w) => ({ mentorshipId: w.pending, reason: "No" }),
  withdrawAction: (w) => ({ mentorshipId: w.pending }),
  closeMentorshipAction: (w) => ({ mentorshipId: w.active, outcome: "completed", reason: "Fin" }),
  setGoalAction: (w) => ({ mentorshipId: w.active, stepKey: "budget", remove: "1" }),
  addNoteAction: (w) => ({ mentorshipId: w.active, body: "Hola" }),
  logMeetingAction: (w) => ({
    mentorshipId: w.active,
    heldOn: "2025-05-05",
    minutes: "45",
    summary: "Plan",
    nextSteps: "Seguir",
  }),
  feedbackAction: (w) => ({ mentorshipId: w.closed, rating: "5", comment: "Gracias" }),
  markAllReadAction: () => ({}),
};

/**
 * Tables an action may write to even when it answers with an error, and why. Every other
 * table must be left exactly as it was. (Signing in counts attempts as well, but Auth.js's
 * signIn is a test double here: lib/auth/credentials.int.test.ts covers those limits.)
 */
const WRITES_ON_ERROR: Record<string, { tables: string[]; reason: string }> = {
  signUpAction: {
    tables: ["rate_limits"],
    reason: "counts the attempt before answering “try again later”",
  },
  forgotPasswordAction: {
    tables: ["rate_limits"],
    reason: "counts the attempt before answering “try again later”",
  },
};

/** Actions that answer nothing (plain form actions): only a stray throw can fail them. */
const ANSWERS_NOTHING = new Set([
  "setLocaleAction",
  "signOutAction",
  "oauthSignInAction",
  "benchNoopAction",
]);

const HOSTILE = [
  "",
  " ",
  "\t\r\n",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "😀",
  "👩‍👩‍👧‍👦",
  "\u202eevil\u202c",
  "مرحبا",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; drop table users; --",
  "' or '1'='1",
  "%_\\",
  "-1",
  "-0",
  "1e308",
  "NaN",
  "Infinity",
  "0x1F",
  "9007199254740993",
  "2024-02-30",
  "0000-01-01",
  "9999-12-31",
  "javascript:alert(1)",
  "//evil.example",
  "true",
  "on",
  "lead",
  "steward",
  "active",
  "00000000-0000-0000-0000-000000000000",
];

const huge = fc
  .tuple(
    fc.constantFrom("a", "ñ", "😀", "\u0000", "<b>", " "),
    fc.integer({ min: 1_000, max: 100_000 }),
  )
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 100 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: huge },
);

const EXTRA_KEYS = [
  "role",
  "capacity",
  "status",
  "initiativeId",
  "isSteward",
  "userId",
  "createdBy",
  "state",
  "__proto__",
  "constructor",
  "$ACTION_ID_fuzz",
];

const ABSENT = Symbol("absent");
type Entry = [string, string | Blob];

/**
 * A submission built from a valid one: some fields (a few, or all) replaced by a hostile
 * text, a list, the id of another record, a random UUID, or left out; plus unexpected
 * names (a second initiativeId, role, isSteward=true…) and now and then a file.
 */
function hostileForm(base: Form, ids: string[]): fc.Arbitrary<Entry[]> {
  const keys = Object.keys(base);
  const id = fc.oneof(fc.constantFrom(...ids), fc.uuid());
  const bad = fc.oneof(
    { weight: 4, arbitrary: hostileText },
    { weight: 3, arbitrary: id },
    { weight: 1, arbitrary: fc.array(fc.oneof(hostileText, id), { maxLength: 4 }) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...keys, "x"), hostileText).map(([key, text]) => {
        const value = base[key] ?? "";
        return `${Array.isArray(value) ? (value[0] ?? "") : value}${text}`;
      }),
    },
    { weight: 1, arbitrary: fc.constant(ABSENT) },
  );
  const spoiled = fc.oneof(
    { weight: 3, arbitrary: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }) },
    { weight: 1, arbitrary: fc.subarray(keys) },
  );
  const extra = fc.tuple(
    fc.constantFrom(...EXTRA_KEYS),
    fc.oneof(id, hostileText, fc.constantFrom("true", "lead", "1000", "closed")),
  );
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((key) => [key, bad]))),
      spoiled,
      fc.array(extra, { maxLength: 3 }),
      fc.boolean(),
    )
    .map(([replacements, spoil, extras, withFile]) => {
      const entries: Entry[] = [];
      for (const key of keys) {
        const value = spoil.includes(key) ? replacements[key] : base[key];
        if (value === ABSENT || value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) entries.push([key, item]);
      }
      entries.push(...extras);
      if (withFile) entries.push([keys[0] ?? "file", new Blob(["<?php system($_GET[0]); ?>"])]);
      return entries;
    });
}

function formData(entries: Entry[]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const TABLES = Object.values(schema as Record<string, unknown>)
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table).name)
  .sort();

/**
 * Per table, the row count and the newest xmin: an insert or update stamps its row with a
 * new transaction id, a delete lowers the count, a rolled-back write leaves no visible row.
 * Cheaper than hashing every row, and blind to nothing that lasts.
 */
async function snapshot(): Promise<Record<string, string>> {
  const parts = TABLES.map(
    (name) =>
      `select '${name}' as name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as state from "${name}"`,
  );
  const result = await getDb().execute(sql.raw(parts.join(" union all ")));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    name: string;
    state: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}

/** Next.js's own control flow: a redirect or a 404 is an answer, not a failure. */
function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") ||
      digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") ||
      digest.startsWith("NEXT_NOT_FOUND"))
  );
}

type Outcome = "error" | "success" | "redirect" | "nothing";

async function submit(name: string, action: AnyAction, data: FormData): Promise<Outcome> {
  try {
    if (ANSWERS_NOTHING.has(name)) {
      await action(data);
      return "nothing";
    }
    const state = (await action({ status: "idle" }, data)) as FormState;
    expect(["success", "error"]).toContain(state.status);
    return state.status === "error" ? "error" : "success";
  } catch (error) {
    if (isNextSignal(error)) return "redirect";
    throw error;
  }
}

const stray: unknown[] = [];
const onRejection = (reason: unknown) => void stray.push(reason);
process.on("unhandledRejection", onRejection);
afterAll(() => void process.off("unhandledRejection", onRejection));
afterEach(() => {
  expect(stray.splice(0)).toEqual([]);
});

describe("fuzzing every server action", () => {
  it("has a valid submission for every action", () => {
    expect(ACTIONS.length).toBeGreaterThan(40);
    expect(ACTIONS.map(([name]) => name).filter((name) => !(name in INPUTS))).toEqual([]);
  });

  it("notices an insert, an update and a delete", async () => {
    const before = await snapshot();
    const person = await createPerson();
    const inserted = await snapshot();
    await getDb().update(schema.users).set({ name: "X" }).where(eq(schema.users.id, person.id));
    const updated = await snapshot();
    await getDb().delete(schema.users).where(eq(schema.users.id, person.id));
    const deleted = await snapshot();
    expect(inserted.users).not.toBe(before.users);
    expect(updated.users).not.toBe(inserted.users);
    expect(deleted.users).not.toBe(updated.users);
    // Inserting a row and deleting it again leaves the table as it was, and so says the digest.
    expect(deleted.users).toBe(before.users);
  });

  for (const [name, action] of ACTIONS) {
    describe(name, () => {
      let world: World;
      beforeAll(async () => {
        world = await createWorld(ON_A_RUN.has(name));
      });

      for (const role of ["lead", "steward"] as const) {
        it(`as ${role}: answers or redirects, and an error writes nothing`, async () => {
          actAs(world.actors[role]);
          const ids = Object.values(world.ids).filter(Boolean);
          const base = INPUTS[name]?.({ ...world.ids }, world.lead.email) ?? {};
          const allowed = WRITES_ON_ERROR[name]?.tables ?? [];
          const kept = (state: Record<string, string>) =>
            Object.fromEntries(Object.entries(state).filter(([table]) => !allowed.includes(table)));
          const forms = hostileForm(base, ids);
          // Nothing else writes between runs: each run's "after" is the next run's "before".
          let last = await snapshot();
          await fc.assert(
            fc.asyncProperty(forms, fc.ipV4(), async (entries, ip) => {
              // A new address each time, so the sign-up and reset limits rarely cut a run short.
              requestHeaders.set("x-forwarded-for", ip);
              const before = last;
              let outcome: Outcome;
              try {
                outcome = await submit(name, action, formData(entries));
              } finally {
                last = await snapshot();
              }
              if (outcome === "error") expect(kept(last)).toEqual(kept(before));
            }),
            { numRuns: RUNS },
          );
        }, 120_000);
      }
    });
  }
});

describe("defects the fuzzer found stay fixed", () => {
  const run = async (name: string, values: (w: Ids) => Form, role?: "lead" | "steward") => {
    const world = await createWorld();
    actAs(role ? world.actors[role] : null);
    const action = ACTIONS.find(([n]) => n === name)?.[1];
    if (!action) throw new Error(`no ${name}`);
    const before = await snapshot();
    const entries = Object.entries(values(world.ids)).flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value]).map((item): Entry => [key, item]),
    );
    const outcome = await submit(name, action, formData(entries));
    if (outcome === "error") expect(await snapshot()).toEqual(before);
    return { world, outcome };
  };

  // PostgreSQL cannot store U+0000 in text or jsonb; every free-text field lets it through.
  it("a NUL byte in a note is refused, not a 500", async () => {
    await run("addNoteAction", (w) => ({ mentorshipId: w.active, body: "a\u0000b" }), "lead");
  });

  it("a NUL byte in a visitor's sign-up name is refused, not a 500", async () => {
    const email = `nul.${crypto.randomUUID()}@example.org`;
    const password = "una frase larga y mía";
    await run("signUpAction", () => ({ name: "a\u0000b", email, password, confirm: password }));
  });

  // isoDate accepts year 0000, which PostgreSQL's date type does not have.
  it("a meeting on 0000-01-01 is refused, not a 500", async () => {
    await run(
      "addMeetingAction",
      (w) => ({
        ...INPUTS.addMeetingAction?.(w, ""),
        startsOn: "0000-01-01",
      }),
      "lead",
    );
  });

  // manyOf keeps repeats: topics=youth twice is stored twice, and accepting the mentorship
  // then collides with itself on mentorship_topics and answers "already_active" for ever.
  it("a request listing a topic twice can still be accepted", async () => {
    const { world, outcome } = await run(
      "publishRequestAction",
      (w) => ({
        initiativeId: w.initiative,
        topics: ["youth", "youth"],
        languages: ["es"],
        description: "Dos veces",
      }),
      "lead",
    );
    if (outcome === "error") return; // refusing the repeat is a fix as well
    const request = (await listRequestsOf(world.ids.initiative)).find(
      (r) => r.description === "Dos veces",
    );
    const proposed = await propose(world.lead, {
      offerId: world.ids.otherOffer,
      requestId: request?.id ?? "",
      message: "",
    });
    expect(proposed.ok).toBe(true);
    expect(await accept(world.otherLead, proposed.ok ? proposed.id : "")).toMatchObject({
      ok: true,
    });
  });
});
