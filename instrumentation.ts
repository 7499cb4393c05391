// Runs once when the server starts: opens the database (PGlite loads its WebAssembly and
// data folder here, a second or two) so that the first visitor does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Build workers load this file too; the database is opened by the server only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmDatabase } = await import("./db/warm");
  await warmDatabase();
}
