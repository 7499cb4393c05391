/** Value lists shared by the database enums, zod schemas and the UI. */
export const LOCALES = ["es", "en", "pt"] as const;
export type Locale = (typeof LOCALES)[number];

export const INITIATIVE_KINDS = ["national", "sub_regional", "regional", "youth"] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const SUB_REGIONS = [
  "caribbean",
  "central_america",
  "south_america",
  "north_america",
  "latin_america_caribbean",
  "other",
] as const;
export type SubRegion = (typeof SUB_REGIONS)[number];

/** Languages an initiative works in (wider than the interface's three). */
export const WORK_LANGUAGES = ["es", "en", "pt", "fr"] as const;
export type WorkLanguage = (typeof WORK_LANGUAGES)[number];

export const STAGES = ["emerging", "developing", "established"] as const;
export type Stage = (typeof STAGES)[number];

export const MEMBER_ROLES = ["lead", "member"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const STAKEHOLDER_GROUPS = [
  "government",
  "private_sector",
  "civil_society",
  "technical_community",
  "academia",
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const GENDERS = ["woman", "man", "non_binary", "undisclosed"] as const;
export type Gender = (typeof GENDERS)[number];

export const MEETING_FORMATS = ["in_person", "hybrid", "online"] as const;

export const JOIN_REQUEST_STATUSES = ["pending", "approved", "declined", "withdrawn"] as const;

/** The one list of help topics used by the toolkit, offers, requests and matching. */
export const HELP_TOPICS = [
  "committee",
  "funding",
  "program",
  "event",
  "communications",
  "reporting",
  "recognition",
  "youth",
  "global",
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export const TOOLKIT_PHASES = [
  "foundations",
  "committee",
  "transparency",
  "funding",
  "event",
  "reporting",
  "consolidation",
] as const;
export type ToolkitPhase = (typeof TOOLKIT_PHASES)[number];

export const EVIDENCE_KINDS = ["none", "url", "date", "document", "committee"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const STEP_STATUSES = ["todo", "in_progress", "done", "not_applicable"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const OFFER_STATUSES = ["active", "paused", "closed"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const REQUEST_STATUSES = ["open", "matched", "closed"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const MAX_CAPACITY = 50;

export const MENTORSHIP_STATES = [
  "proposed",
  "active",
  "completed",
  "declined",
  "withdrawn",
  "ended",
  "expired",
] as const;
export type MentorshipState = (typeof MENTORSHIP_STATES)[number];

export const PROPOSER_SIDES = ["mentor", "mentee", "steward"] as const;
export type ProposerSide = (typeof PROPOSER_SIDES)[number];

/** A steward's network-wide matching run: reviewed as drafts, then published or discarded. */
export const MATCHING_RUN_STATES = ["draft", "published", "discarded"] as const;
export type MatchingRunState = (typeof MATCHING_RUN_STATES)[number];

export const MATCHING_DRAFT_STATES = ["draft", "removed", "published", "refused"] as const;
export type MatchingDraftState = (typeof MATCHING_DRAFT_STATES)[number];

/** Per unmatched request, subtracted from the total score (0 = pure total score). */
export const MATCHING_PENALTY_MAX = 1000;
