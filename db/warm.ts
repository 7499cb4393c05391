import { sql } from "drizzle-orm";
import { getDb } from "./index";

/** Opens the process-wide database and asks it one trivial question. */
export async function warmDatabase(): Promise<void> {
  try {
    await getDb().execute(sql`select 1`);
  } catch (error) {
    // The server still starts; /api/health reports the database as unavailable.
    console.error("Database not reachable at start:", error);
  }
}
