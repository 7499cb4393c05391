/** A cell as the datasets produce it; lists are joined before they get here. */
export type CsvValue = string | number | boolean | null | undefined;

const BOM = "\uFEFF";
const CRLF = "\r\n";
// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, RFC 4180: quoted when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers and booleans are the program's own values; a negative number stays a number.
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole file: UTF-8 byte order mark (so Excel reads accents), the header row, then one
 * line per row, every line ended by CRLF. With no rows it is the header alone.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((cells) => `${cells.map(csvCell).join(",")}${CRLF}`);
  return BOM + lines.join("");
}
