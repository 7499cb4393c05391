import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { MATCHING_DRAFT_STATES, MATCHING_RUN_STATES } from "./enums";
import { helpRequests, mentorships, offers } from "./mentorship";

export const matchingRunStateEnum = pgEnum("matching_run_state", MATCHING_RUN_STATES);
export const matchingDraftStateEnum = pgEnum("matching_draft_state", MATCHING_DRAFT_STATES);

/** One run of network-wide matching by a steward, with the figures it was solved with. */
export const matchingRuns = pgTable(
  "matching_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    penalty: integer("penalty").notNull(),
    state: matchingRunStateEnum("state").notNull().default("draft"),
    requestCount: integer("request_count").notNull(),
    offerCount: integer("offer_count").notNull(),
    edgeCount: integer("edge_count").notNull(),
    totalScore: integer("total_score").notNull(),
    solveMs: integer("solve_ms").notNull(),
    // Open requests the optimum left without a mentor, at the time of the run.
    unmatchedRequestIds: uuid("unmatched_request_ids").array().notNull(),
    message: text("message").notNull().default(""),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { mode: "date", withTimezone: true }),
    closedBy: text("closed_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("matching_runs_created_idx").on(t.createdAt)],
);

/** A proposed pair from a run; the steward removes or edits it before publishing. */
export const matchingDrafts = pgTable(
  "matching_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => matchingRuns.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => helpRequests.id, { onDelete: "cascade" }),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
    reasons: jsonb("reasons").notNull(),
    // What the request and the offer looked like when the pair was drafted; publishing
    // refuses a draft whose sides changed since.
    requestVersion: text("request_version").notNull(),
    offerVersion: text("offer_version").notNull(),
    state: matchingDraftStateEnum("state").notNull().default("draft"),
    refusal: text("refusal"),
    mentorshipId: uuid("mentorship_id").references(() => mentorships.id, {
      onDelete: "set null",
    }),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("matching_drafts_run_request_idx").on(t.runId, t.requestId),
    index("matching_drafts_offer_idx").on(t.offerId),
  ],
);
