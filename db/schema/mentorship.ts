import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import {
  type HelpTopic,
  MENTORSHIP_STATES,
  OFFER_STATUSES,
  PROPOSER_SIDES,
  REQUEST_STATUSES,
  type SubRegion,
  type WorkLanguage,
} from "./enums";
import { initiatives } from "./initiatives";

export const offerStatusEnum = pgEnum("offer_status", OFFER_STATUSES);
export const requestStatusEnum = pgEnum("request_status", REQUEST_STATUSES);

const stamps = {
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** An established initiative's offer to mentor others on some topics. */
export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    topics: text("topics").array().$type<HelpTopic[]>().notNull(),
    languages: text("languages").array().$type<WorkLanguage[]>().notNull(),
    capacity: integer("capacity").notNull(),
    preferredSubRegions: text("preferred_sub_regions")
      .array()
      .$type<SubRegion[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text("note").notNull().default(""),
    status: offerStatusEnum("status").notNull().default("active"),
    // Places in use; the check makes overbooking impossible whatever the code does.
    activeCount: integer("active_count").notNull().default(0),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [
    check(
      "offers_capacity_check",
      sql`${t.capacity} between 1 and 50 and ${t.activeCount} between 0 and ${t.capacity}`,
    ),
    index("offers_initiative_idx").on(t.initiativeId),
    index("offers_status_idx").on(t.status),
  ],
);

/** A newer initiative's request for help on some topics. */
export const helpRequests = pgTable(
  "help_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    topics: text("topics").array().$type<HelpTopic[]>().notNull(),
    languages: text("languages").array().$type<WorkLanguage[]>().notNull(),
    description: text("description").notNull(),
    horizon: date("horizon", { mode: "string" }),
    status: requestStatusEnum("status").notNull().default("open"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [
    index("help_requests_initiative_idx").on(t.initiativeId),
    index("help_requests_status_idx").on(t.status),
  ],
);

export const mentorshipStateEnum = pgEnum("mentorship_state", MENTORSHIP_STATES);
export const proposerSideEnum = pgEnum("proposer_side", PROPOSER_SIDES);

/** A padrinazgo between two initiatives (not people), from an offer and a request. */
export const mentorships = pgTable(
  "mentorships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => helpRequests.id, { onDelete: "cascade" }),
    mentorInitiativeId: uuid("mentor_initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    menteeInitiativeId: uuid("mentee_initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    topics: text("topics").array().$type<HelpTopic[]>().notNull(),
    state: mentorshipStateEnum("state").notNull().default("proposed"),
    proposerSide: proposerSideEnum("proposer_side").notNull(),
    proposedBy: text("proposed_by").references(() => users.id, { onDelete: "set null" }),
    message: text("message").notNull().default(""),
    answeredBy: text("answered_by").references(() => users.id, { onDelete: "set null" }),
    answerReason: text("answer_reason").notNull().default(""),
    expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { mode: "date", withTimezone: true }),
    closedAt: timestamp("closed_at", { mode: "date", withTimezone: true }),
    /**
     * The latest of its start, its notes and its meetings. Kept by the database (triggers in
     * migration 0010), so that the stewards' quiet-mentorship view is an index range, not
     * two lookups for every active mentorship.
     */
    lastActivityAt: timestamp("last_activity_at", { mode: "date", withTimezone: true }),
    ...stamps,
  },
  (t) => [
    index("mentorships_offer_idx").on(t.offerId, t.state),
    // Expiry runs when proposals are read; this keeps that check off a full scan.
    index("mentorships_due_idx").on(t.state, t.expiresAt),
    index("mentorships_request_idx").on(t.requestId, t.state),
    // With the state, a mentor's active load is counted from the index alone (see scopedOffers).
    index("mentorships_mentor_idx").on(t.mentorInitiativeId, t.state),
    index("mentorships_mentee_idx").on(t.menteeInitiativeId),
    index("mentorships_quiet_idx").on(t.lastActivityAt, t.id).where(sql`${t.state} = 'active'`),
    check("mentorships_not_self", sql`${t.mentorInitiativeId} <> ${t.menteeInitiativeId}`),
  ],
);

/** One row per topic of a mentorship; the partial unique index allows one active mentorship per pair and topic. */
export const mentorshipTopics = pgTable(
  "mentorship_topics",
  {
    mentorshipId: uuid("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    mentorInitiativeId: uuid("mentor_initiative_id").notNull(),
    menteeInitiativeId: uuid("mentee_initiative_id").notNull(),
    topic: text("topic").$type<HelpTopic>().notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    uniqueIndex("mentorship_topics_active_pair_idx")
      .on(t.mentorInitiativeId, t.menteeInitiativeId, t.topic)
      .where(sql`${t.active}`),
    index("mentorship_topics_mentorship_idx").on(t.mentorshipId),
  ],
);

/** Toolkit steps of the mentee that a mentorship works on. */
export const mentorshipGoals = pgTable(
  "mentorship_goals",
  {
    mentorshipId: uuid("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    stepKey: text("step_key").notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.mentorshipId, t.stepKey] })],
);

/** The private thread between the two initiatives (stewards cannot read it). */
export const mentorshipNotes = pgTable(
  "mentorship_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mentorshipId: uuid("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mentorship_notes_idx").on(t.mentorshipId, t.createdAt)],
);

export const mentorshipMeetings = pgTable(
  "mentorship_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mentorshipId: uuid("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    minutes: integer("minutes").notNull(),
    summary: text("summary").notNull(),
    nextSteps: text("next_steps").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mentorship_meetings_idx").on(t.mentorshipId, t.heldOn)],
);

/** Each side's feedback when a mentorship closes; stewards see it only in aggregate. */
export const mentorshipFeedback = pgTable(
  "mentorship_feedback",
  {
    mentorshipId: uuid("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    side: proposerSideEnum("side").notNull(),
    rating: integer("rating").notNull(),
    comment: text("comment").notNull().default(""),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.mentorshipId, t.side] }),
    check("mentorship_feedback_rating", sql`${t.rating} between 1 and 5`),
  ],
);
