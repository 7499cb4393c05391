import { sql } from "drizzle-orm";
import {
  boolean,
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
  GENDERS,
  INITIATIVE_KINDS,
  JOIN_REQUEST_STATUSES,
  MEETING_FORMATS,
  MEMBER_ROLES,
  STAGES,
  STAKEHOLDER_GROUPS,
  SUB_REGIONS,
  type WorkLanguage,
} from "./enums";

export const initiativeKindEnum = pgEnum("initiative_kind", INITIATIVE_KINDS);
export const subRegionEnum = pgEnum("sub_region", SUB_REGIONS);
export const stageEnum = pgEnum("stage", STAGES);
export const memberRoleEnum = pgEnum("member_role", MEMBER_ROLES);
export const stakeholderGroupEnum = pgEnum("stakeholder_group", STAKEHOLDER_GROUPS);
export const genderEnum = pgEnum("gender", GENDERS);
export const meetingFormatEnum = pgEnum("meeting_format", MEETING_FORMATS);
export const joinRequestStatusEnum = pgEnum("join_request_status", JOIN_REQUEST_STATUSES);

const created = () =>
  timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow();

/** A national, sub-regional, regional or youth IGF initiative: the network's members. */
export const initiatives = pgTable(
  "initiatives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    // Lower-case, accent-free name: uniqueness and search ignore case and accents.
    nameKey: text("name_key").notNull(),
    acronym: text("acronym"),
    searchText: text("search_text").notNull(),
    kind: initiativeKindEnum("kind").notNull(),
    countries: text("countries").array().notNull().default(sql`'{}'::text[]`),
    subRegion: subRegionEnum("sub_region").notNull(),
    languages: text("languages")
      .array()
      .$type<WorkLanguage[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    yearEstablished: integer("year_established"),
    website: text("website"),
    mailingList: text("mailing_list"),
    contactEmail: text("contact_email"),
    description: text("description").notNull().default(""),
    stage: stageEnum("stage").notNull(),
    fundingSources: text("funding_sources").array().notNull().default(sql`'{}'::text[]`),
    verifiedAt: timestamp("verified_at", { mode: "date", withTimezone: true }),
    verifiedBy: text("verified_by").references(() => users.id, { onDelete: "set null" }),
    recognizedOn: date("recognized_on", { mode: "string" }),
    isDemo: boolean("is_demo").notNull().default(false),
    // The toolkit template version this initiative's checklist follows.
    toolkitVersion: integer("toolkit_version").notNull().default(1),
    checklistPublic: boolean("checklist_public").notNull().default(false),
    createdAt: created(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("initiatives_name_key_idx").on(t.nameKey),
    index("initiatives_search_idx").on(t.searchText),
    index("initiatives_sub_region_idx").on(t.subRegion),
    index("initiatives_created_at_idx").on(t.createdAt),
    // The stewards' verification queue, oldest first, and its count: a few among thousands.
    index("initiatives_awaiting_idx").on(t.createdAt, t.id).where(sql`${t.verifiedAt} is null`),
  ],
);

/** Slugs an initiative had before a rename; they redirect to the current one. */
export const initiativeSlugs = pgTable("initiative_slugs", {
  slug: text("slug").primaryKey(),
  initiativeId: uuid("initiative_id")
    .notNull()
    .references(() => initiatives.id, { onDelete: "cascade" }),
  createdAt: created(),
});

export const initiativeMembers = pgTable(
  "initiative_members",
  {
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRoleEnum("role").notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.userId] }),
    index("initiative_members_user_idx").on(t.userId),
  ],
);

export const joinRequests = pgTable(
  "join_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    status: joinRequestStatusEnum("status").notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { mode: "date", withTimezone: true }),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex("join_requests_one_pending_idx")
      .on(t.initiativeId, t.userId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** E-mailed invitations; the link works for someone without an account yet. */
export const invitations = pgTable(
  "invitations",
  {
    tokenHash: text("token_hash").primaryKey(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: memberRoleEnum("role").notNull(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { mode: "date", withTimezone: true }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
  },
  (t) => [index("invitations_initiative_idx").on(t.initiativeId)],
);

/** The organizing committee: people (not necessarily users) by stakeholder group. */
export const committeeMembers = pgTable(
  "committee_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    stakeholderGroup: stakeholderGroupEnum("stakeholder_group").notNull(),
    gender: genderEnum("gender"),
    city: text("city"),
    country: text("country"),
    committeeRole: text("committee_role"),
    createdAt: created(),
  },
  (t) => [index("committee_members_initiative_idx").on(t.initiativeId)],
);

export const annualMeetings = pgTable(
  "annual_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    edition: integer("edition").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    venue: text("venue").notNull().default(""),
    format: meetingFormatEnum("format").notNull(),
    agendaUrl: text("agenda_url"),
    reportUrl: text("report_url"),
    createdAt: created(),
  },
  (t) => [index("annual_meetings_initiative_idx").on(t.initiativeId, t.startsOn)],
);
