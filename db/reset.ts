// Drops every table and restores the demo network: `npm run db:reset`.
import { sql } from "drizzle-orm";
import { runCli } from "./cli";
import { migrateDatabase } from "./migrate";
import { describeDemoAccounts, seedDemo } from "./seed";

await runCli(async (handle) => {
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  await handle.db.execute(sql`drop schema public cascade`);
  await handle.db.execute(sql`create schema public`);
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  console.log(`Database (${handle.kind}) reset.\n${describeDemoAccounts()}`);
});
