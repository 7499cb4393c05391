import { sql } from "drizzle-orm";
import { getDb, getDbKind } from "./index";
import { startUpkeep } from "./upkeep";

/**
 * Opens the process-wide database and asks it one trivial question; on the embedded
 * database, starts the upkeep that autovacuum does on a PostgreSQL server.
 */
export async function warmDatabase(): Promise<void> {
  try {
    await getDb().execute(sql`select 1`);
    startUpkeep(getDb(), getDbKind());
  } catch (error) {
    // The server still starts; /api/health reports the database as unavailable.
    console.error("Database not reachable at start:", error);
  }
}
