// Runs once, before the server handles its first request (`next start` calls it when that
// request comes, not at "Ready"): starts opening the database (PGlite takes about a second
// to load its WebAssembly and start PostgreSQL) without holding the request up, so a page
// that needs no database (the landing page for a visitor) is served at once, and one that
// does waits only for what is left of the opening while its code loads.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Build workers load this file too; the database is opened by the server only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmDatabase } = await import("./db/warm");
  // warmDatabase opens the database before its first await, so requests share that opening.
  void warmDatabase();
}
