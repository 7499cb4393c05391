import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { EVIDENCE_KINDS, HELP_TOPICS, STEP_STATUSES, TOOLKIT_PHASES } from "./enums";
import { initiatives } from "./initiatives";

export const helpTopicEnum = pgEnum("help_topic", HELP_TOPICS);
export const toolkitPhaseEnum = pgEnum("toolkit_phase", TOOLKIT_PHASES);
export const evidenceKindEnum = pgEnum("evidence_kind", EVIDENCE_KINDS);
export const stepStatusEnum = pgEnum("step_status", STEP_STATUSES);

export type LocalizedText = { es: string; en: string; pt: string };

/** A version of the toolkit checklist; a draft until a steward publishes it. */
export const toolkitTemplates = pgTable("toolkit_templates", {
  version: integer("version").primaryKey(),
  notes: text("notes").notNull().default(""),
  publishedAt: timestamp("published_at", { mode: "date", withTimezone: true }),
  publishedBy: text("published_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});

export const toolkitSteps = pgTable(
  "toolkit_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateVersion: integer("template_version")
      .notNull()
      .references(() => toolkitTemplates.version, { onDelete: "cascade" }),
    key: text("key").notNull(),
    phase: toolkitPhaseEnum("phase").notNull(),
    position: integer("position").notNull(),
    topic: helpTopicEnum("topic").notNull(),
    evidence: evidenceKindEnum("evidence").notNull(),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    guidance: jsonb("guidance").$type<LocalizedText>().notNull(),
  },
  (t) => [uniqueIndex("toolkit_steps_version_key_idx").on(t.templateVersion, t.key)],
);

/** The current state of one step for one initiative; `revision` guards concurrent edits. */
export const checklistItems = pgTable(
  "checklist_items",
  {
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    stepKey: text("step_key").notNull(),
    templateVersion: integer("template_version").notNull(),
    status: stepStatusEnum("status").notNull().default("todo"),
    note: text("note").notNull().default(""),
    evidenceUrl: text("evidence_url"),
    evidenceDate: date("evidence_date", { mode: "string" }),
    revision: integer("revision").notNull().default(0),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.stepKey] })],
);

/**
 * Done steps per help topic of each initiative, against its own template version: what
 * ranking reads as a mentor's experience. Kept by triggers on `checklist_items` and
 * `initiatives` (migration 0009), so every writer keeps it right, a restore included, and a
 * request's page reads a few rows per mentor instead of counting every done step.
 */
export const doneByTopic = pgTable(
  "done_by_topic",
  {
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    topic: helpTopicEnum("topic").notNull(),
    done: integer("done").notNull(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.topic] })],
);

/** Every saved state of every step, kept forever. */
export const checklistHistory = pgTable(
  "checklist_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    stepKey: text("step_key").notNull(),
    templateVersion: integer("template_version").notNull(),
    status: stepStatusEnum("status").notNull(),
    note: text("note").notNull(),
    evidenceUrl: text("evidence_url"),
    evidenceDate: date("evidence_date", { mode: "string" }),
    revision: integer("revision").notNull(),
    changedBy: text("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("checklist_history_step_idx").on(t.initiativeId, t.stepKey, t.changedAt)],
);

/** Comments on a checklist step, by the initiative's people and its active mentors. */
export const stepComments = pgTable(
  "step_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    stepKey: text("step_key").notNull(),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("step_comments_idx").on(t.initiativeId, t.stepKey, t.createdAt)],
);
