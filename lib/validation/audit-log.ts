import { z } from "zod";
import { searchText } from "@/lib/http/search-text";
import { isoDate } from "./fields";

// Each filter of the audit log is read on its own: one bad value is dropped (and the page
// says so) while the others still apply. Nothing here can make the page fail.
const FIELDS = {
  // A name, part of one or an acronym as typed, or an id from a link: see initiative-filter.ts.
  initiative: z
    .string()
    .trim()
    .max(200)
    .transform((v) => searchText(v, 200).trim()),
  person: z.string().transform((v) => searchText(v).trim()),
  action: z
    .string()
    .trim()
    .max(100)
    .transform((v) => searchText(v)),
  from: isoDate,
  to: isoDate,
  page: z.coerce.number().int().min(1).max(10_000),
};

type Field = keyof typeof FIELDS;
export type AuditSearch = { [K in Field]?: z.output<(typeof FIELDS)[K]> };
export type AuditSearchParams = Record<string, string | string[] | undefined>;

export type ParsedAuditSearch = {
  values: AuditSearch;
  /** Filters given but not understood, with what was given. */
  ignored: { field: Field; value: string }[];
  /** "from" came after "to"; the two were swapped. */
  swapped: boolean;
};

/** The audit log's query string: blank fields are absent, bad ones ignored, never thrown. */
export function parseAuditSearch(params: AuditSearchParams): ParsedAuditSearch {
  const values: Record<string, unknown> = {};
  const ignored: ParsedAuditSearch["ignored"] = [];
  for (const field of Object.keys(FIELDS) as Field[]) {
    const raw = params[field];
    const given = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!given) continue;
    const parsed = FIELDS[field].safeParse(given);
    if (parsed.success) values[field] = parsed.data;
    else ignored.push({ field, value: given.slice(0, 40) });
  }
  const result = values as AuditSearch;
  const swapped = Boolean(result.from && result.to && result.from > result.to);
  if (swapped) [result.from, result.to] = [result.to, result.from];
  return { values: result, ignored, swapped };
}
