import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, type DbHandle, openDatabase } from "./index";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";
import * as schema from "./schema";
import { seedDemo } from "./seed";
import { keptDoneByTopic, recountDoneByTopic } from "./testing/done-by-topic";
import { fingerprint, rowsOf, tableColumns } from "./testing/fingerprint";
import { keptLastActivity, recountLastActivity } from "./testing/last-activity";
import { adminUrl, databaseUrl } from "./testing/urls";

/**
 * The last migration of the release running in production. Bump it when a release ships:
 * this test then proves that every migration since applies to that release's data.
 */
const PREVIOUS_RELEASE = "0006_mentorships_due_index";

const scratch = mkdtempSync(join(tmpdir(), "pz-upgrade-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the migrations folder that stops at the given migration. */
function migrationsUpTo(tag: string): string {
  const folder = join(scratch, tag);
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  expect(last, `${tag} is in the journal`).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

/**
 * Runs `write` with today's code on the release's tables. That code names every column it
 * knows in its inserts (as `default` when not given), so the columns added since exist, as
 * plain nullable columns, while it runs, and go afterwards: the release never wrote them.
 */
async function withColumnsAddedSince(db: Db, write: () => Promise<void>) {
  const existing = await tableColumns(db);
  const added: string[] = [];
  for (const table of Object.values(schema)) {
    if (!is(table, PgTable)) continue;
    const { name, columns } = getTableConfig(table);
    const has = existing[name];
    if (!has) continue;
    for (const column of columns) {
      if (has.includes(column.name)) continue;
      await db.execute(
        sql.raw(`alter table "${name}" add column "${column.name}" ${column.getSQLType()}`),
      );
      added.push(`alter table "${name}" drop column "${column.name}"`);
    }
  }
  await write();
  for (const drop of added) await db.execute(sql.raw(drop));
}

async function upgradeKeepsData(handle: DbHandle) {
  await migrateDatabase(handle, migrationsUpTo(PREVIOUS_RELEASE));
  // The demo network stands in for the release's data (it only uses tables that existed).
  await withColumnsAddedSince(handle.db, () => seedDemo(handle.db));
  const released = await tableColumns(handle.db);
  const before = await fingerprint(handle.db, released);
  expect(Object.keys(before).length).toBeGreaterThan(20);

  await migrateDatabase(handle);
  // Every row the release had is still there, as it was (columns added since aside).
  expect(await fingerprint(handle.db, released)).toEqual(before);
  const after = await fingerprint(handle.db);
  // Tables that did not exist before start out filled in from the data that did.
  const counted = await recountDoneByTopic(handle.db);
  expect(counted.length).toBeGreaterThan(0);
  expect(await keptDoneByTopic(handle.db)).toEqual(counted);
  const activity = await recountLastActivity(handle.db);
  expect(activity.some((a) => !a.endsWith("=null"))).toBe(true);
  expect(await keptLastActivity(handle.db)).toEqual(activity);
  const applied = rowsOf<{ n: number }>(
    await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
  );
  const journal = JSON.parse(
    readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
  ) as { entries: unknown[] };
  expect(applied[0]?.n).toBe(journal.entries.length);
  // Applying again is a no-op.
  await migrateDatabase(handle);
  expect(await fingerprint(handle.db)).toEqual(after);
}

describe("upgrading from the previous release", () => {
  it.runIf(process.env.TEST_DB_KIND !== "postgres")(
    "applies every newer migration to the embedded database's data, keeping every row",
    async () => {
      const handle = openDatabase({ dataDir: join(scratch, "pglite") });
      try {
        await upgradeKeepsData(handle);
      } finally {
        await handle.close();
      }
    },
    120_000,
  );

  it.runIf(process.env.TEST_DB_KIND === "postgres")(
    "applies every newer migration to PostgreSQL data, keeping every row",
    async () => {
      const name = `pz_upgrade_${randomBytes(4).toString("hex")}`;
      const admin = openDatabase({ url: adminUrl() });
      await admin.db.execute(sql.raw(`create database ${name}`));
      const handle = openDatabase({ url: databaseUrl(name) });
      try {
        await upgradeKeepsData(handle);
      } finally {
        await handle.close();
        await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
        await admin.close();
      }
    },
    120_000,
  );
});
