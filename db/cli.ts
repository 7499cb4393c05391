import nextEnv from "@next/env";
import { closeDatabase, type DbHandle, openDatabase, setDatabase } from "./index";

/** Runs a command-line task against the configured database, then closes it. */
export async function runCli(task: (handle: DbHandle) => Promise<void>): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
  try {
    const handle = openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR });
    setDatabase(handle);
    await task(handle);
    await closeDatabase();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await closeDatabase().catch(() => {});
    process.exit(1);
  }
}
