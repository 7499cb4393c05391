import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase, pgliteHandle } from "../index";
import { migrateDatabase } from "../migrate";
import { PgliteThread } from "../pglite-thread";
import { adminUrl, databaseUrl } from "./urls";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates one database per run; every test file then starts from a copy of it:
 * a dumped PGlite data folder, or a PostgreSQL template database.
 */
export default async function setup(project: TestProject) {
  // The project's `env` reaches its test files, not this setup: read it from the config.
  if (project.config.env?.TEST_DB_KIND === "postgres") {
    const template = `pz_test_tpl_${randomBytes(4).toString("hex")}`;
    const admin = openDatabase({ url: adminUrl() });
    await admin.db.execute(`create database ${template}`);
    const handle = openDatabase({ url: databaseUrl(template) });
    await migrateDatabase(handle);
    await handle.close();
    project.provide("postgresTemplate", template);
    project.provide("pgliteDump", "");
    return async () => {
      await admin.db.execute(`drop database if exists ${template} with (force)`);
      await admin.close();
    };
  }
  const client = new PgliteThread({ dataDir: "memory://" });
  const handle = pgliteHandle(client);
  await migrateDatabase(handle);
  const dump = await client.dump();
  const dir = mkdtempSync(join(tmpdir(), "pz-pglite-"));
  const file = join(dir, "migrated.tar");
  writeFileSync(file, dump);
  await handle.close();
  project.provide("pgliteDump", file);
  project.provide("postgresTemplate", "");
  return () => rmSync(dir, { recursive: true, force: true });
}
