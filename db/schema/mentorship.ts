import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import {
  type HelpTopic,
  OFFER_STATUSES,
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
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [
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
