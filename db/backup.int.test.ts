import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";
import { openDatabase } from "./index";
import { migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";
import { fingerprint } from "./testing/fingerprint";
import { adminUrl, databaseUrl } from "./testing/urls";

const scratch = mkdtempSync(join(tmpdir(), "pz-backup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(process.env.TEST_DB_KIND !== "postgres")(
  "backup and restore of the embedded database",
  () => {
    it("backs up, wipes, restores and gets every table back identical", async () => {
      const dataDir = join(scratch, "pglite");
      const handle = openDatabase({ dataDir });
      await migrateDatabase(handle);
      await seedDemo(handle.db);
      const before = await fingerprint(handle.db);
      await handle.close();
      expect(Object.keys(before).length).toBeGreaterThan(20);

      const file = join(scratch, "backup.tar");
      await backupPglite(dataDir, file);
      rmSync(dataDir, { recursive: true, force: true });
      await restorePglite(dataDir, file);

      const reopened = openDatabase({ dataDir });
      expect(await fingerprint(reopened.db)).toEqual(before);
      await reopened.close();
    }, 120_000);
  },
);

describe.runIf(process.env.TEST_DB_KIND === "postgres")("backup and restore of PostgreSQL", () => {
  it("backs up with pg_dump, wipes, restores with pg_restore and gets every table back identical", async () => {
    const name = `pz_backup_${randomBytes(4).toString("hex")}`;
    const admin = openDatabase({ url: adminUrl() });
    await admin.db.execute(sql.raw(`create database ${name}`));
    const url = databaseUrl(name);
    try {
      const handle = openDatabase({ url });
      await migrateDatabase(handle);
      await seedDemo(handle.db);
      const before = await fingerprint(handle.db);
      const file = join(scratch, "backup.dump");
      backupPostgres(url, file);
      await handle.db.execute(sql`drop schema public cascade`);
      await handle.db.execute(sql`drop schema if exists drizzle cascade`);
      await handle.db.execute(sql`create schema public`);
      expect(Object.keys(await fingerprint(handle.db))).toEqual([]);
      restorePostgres(url, file);
      expect(await fingerprint(handle.db)).toEqual(before);
      await handle.close();
    } finally {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    }
  }, 120_000);
});
