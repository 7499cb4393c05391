// Runs before the server starts: secret, migrations, demo data on an empty database.
import { ensureLocalAuthSecret } from "@/lib/env/local-secret";
import { runCli } from "./cli";
import { migrateDatabase } from "./migrate";
import { describeDemoAccounts, isDatabaseEmpty, seedDemo } from "./seed";
import { upkeepAll } from "./upkeep";

const wroteSecret = ensureLocalAuthSecret();
await runCli(async (handle) => {
  if (wroteSecret) console.log("Generated AUTH_SECRET into .env.local");
  const started = Date.now();
  await migrateDatabase(handle);
  console.log(`Database (${handle.kind}) migrated in ${Date.now() - started} ms`);
  if (process.env.SEED_DEMO !== "false" && (await isDatabaseEmpty(handle.db))) {
    await seedDemo(handle.db);
    console.log(`Demo network loaded.\n${describeDemoAccounts()}`);
  }
  // The embedded database has no autovacuum, and forgets at every close what changed.
  if (handle.kind === "pglite") await upkeepAll(handle.db);
});
