/**
 * Free text from an address (a search box): control characters become spaces (PostgreSQL
 * cannot take NUL in a query parameter) and the length is capped.
 */
export function searchText(value: unknown, max = 100): string {
  return (typeof value === "string" ? value : "").replace(/\p{Cc}/gu, " ").slice(0, max);
}
