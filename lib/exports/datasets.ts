import { type Executor, getDb } from "@/db";
import {
  type InitiativeExportRow,
  listInitiativesForExport,
  listMentorshipsForExport,
  listProgressSources,
  type MentorshipExportRow,
  type ProgressSources,
} from "@/db/queries/exports";
import type { StepStatus } from "@/db/schema/enums";
import { groupBy } from "@/lib/collections/group-by";
import { appUrl } from "@/lib/http/request-info";
import type { Locale } from "@/lib/i18n/locales";
import { computeProgress } from "@/lib/toolkit/progress";
import { toCsv } from "./csv";

export const DATASETS = ["initiatives", "mentorships", "progress"] as const;
export type Dataset = (typeof DATASETS)[number];

export const FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function isDataset(value: string): value is Dataset {
  return (DATASETS as readonly string[]).includes(value);
}

type Cell = string | number | boolean | null | string[];
export type Table = { columns: readonly string[]; rows: Record<string, Cell>[] };

// Column names are stable English snake_case keys, like a registry's field names: scripts
// and spreadsheets depend on them, so they are not UI text and are never translated.
// Renaming or removing one breaks someone's import; add new ones at the end.
const INITIATIVE_COLUMNS = [
  "name",
  "acronym",
  "kind",
  "countries",
  "sub_region",
  "year_established",
  "website",
  "coordinators",
  "last_annual_meeting",
  "report_links",
  "stage",
  "verified",
  "verified_on",
  "recognized_on",
  "is_demo",
  "public_url",
] as const;

const MENTORSHIP_COLUMNS = [
  "mentorship_id",
  "mentor_initiative",
  "mentee_initiative",
  "topics",
  "state",
  "proposed_by",
  "proposed_on",
  "started_on",
  "closed_on",
] as const;

// One row per initiative and toolkit phase. "applicable" counts the steps that apply
// (not-applicable ones leave the count), as the checklist pages do.
const PROGRESS_COLUMNS = [
  "initiative",
  "initiative_slug",
  "toolkit_version",
  "phase",
  "phase_done",
  "phase_applicable",
  "phase_percent",
  "phase_next_step",
  "overall_done",
  "overall_applicable",
  "overall_percent",
  "next_step",
  "next_step_title",
] as const;

type Row<C extends readonly string[]> = Record<C[number], Cell>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function initiativeRow(r: InitiativeExportRow): Row<typeof INITIATIVE_COLUMNS> {
  return {
    name: r.name,
    acronym: r.acronym,
    kind: r.kind,
    countries: r.countries,
    sub_region: r.subRegion,
    year_established: r.yearEstablished,
    website: r.website,
    coordinators: r.coordinators,
    last_annual_meeting: r.lastMeetingOn,
    report_links: r.reportUrls,
    stage: r.stage,
    verified: r.verifiedAt !== null,
    verified_on: day(r.verifiedAt),
    recognized_on: r.recognizedOn,
    is_demo: r.isDemo,
    public_url: appUrl(`/initiatives/${r.slug}`),
  };
}

function mentorshipRow(r: MentorshipExportRow): Row<typeof MENTORSHIP_COLUMNS> {
  return {
    mentorship_id: r.id,
    mentor_initiative: r.mentorName,
    mentee_initiative: r.menteeName,
    topics: r.topics,
    state: r.state,
    proposed_by: r.proposerSide,
    proposed_on: day(r.createdAt),
    started_on: day(r.startedAt),
    closed_on: day(r.closedAt),
  };
}

/** Progress rows computed with the same rules as the checklist pages. */
export function progressRows(
  sources: ProgressSources,
  locale: Locale,
): Row<typeof PROGRESS_COLUMNS>[] {
  const itemsOf = groupBy(sources.items, (i) => i.initiativeId);
  const versions = groupBy(sources.steps, (s) => s.templateVersion);
  return sources.initiatives.flatMap((initiative) => {
    const steps = versions.get(initiative.toolkitVersion) ?? [];
    // Looked up by step within the initiative: a key built per lookup cost a second at 10,000.
    const own = new Map(itemsOf.get(initiative.id)?.map((i) => [i.stepKey, i.status]));
    const statusOf = (key: string): StepStatus => own.get(key) ?? "todo";
    const overall = computeProgress(steps, statusOf);
    const next = steps.find((s) => s.key === overall.next?.key);
    return overall.phases.map((phase) => ({
      initiative: initiative.name,
      initiative_slug: initiative.slug,
      toolkit_version: initiative.toolkitVersion,
      phase: phase.phase,
      phase_done: phase.done,
      phase_applicable: phase.applicable,
      phase_percent: phase.percent,
      phase_next_step:
        computeProgress(
          steps.filter((s) => s.phase === phase.phase),
          statusOf,
        ).next?.key ?? null,
      overall_done: overall.done,
      overall_applicable: overall.applicable,
      overall_percent: overall.percent,
      next_step: next?.key ?? null,
      next_step_title: next ? next.title[locale] : null,
    }));
  });
}

/** Reads one dataset; step titles come in `locale`, everything else as stored. */
export async function loadDataset(
  dataset: Dataset,
  locale: Locale,
  db: Executor = getDb(),
): Promise<Table> {
  switch (dataset) {
    case "initiatives":
      return {
        columns: INITIATIVE_COLUMNS,
        rows: (await listInitiativesForExport(db)).map(initiativeRow),
      };
    case "mentorships":
      return {
        columns: MENTORSHIP_COLUMNS,
        rows: (await listMentorshipsForExport(db)).map(mentorshipRow),
      };
    case "progress":
      return {
        columns: PROGRESS_COLUMNS,
        rows: progressRows(await listProgressSources(db), locale),
      };
  }
}

/** CSV: lists (countries, topics, names, links) are joined with ";" in one cell. */
export function tableToCsv(table: Table): string {
  return toCsv(
    table.columns,
    table.rows.map((row) =>
      table.columns.map((column) => {
        const value = row[column];
        return Array.isArray(value) ? value.join(";") : value;
      }),
    ),
  );
}

/** JSON: an array of objects with the same keys as the CSV header; lists stay arrays. */
export function tableToJson(table: Table): string {
  return JSON.stringify(table.rows, null, 2);
}
