import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquirePgliteLock } from "./pglite-lock";

/**
 * Backups of the whole database: `pg_dump -Fc` / `pg_restore` for PostgreSQL, a data-folder
 * tarball for the embedded PGlite (whose folder must not be open elsewhere).
 */
export function backupPostgres(url: string, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, url], {
    stdio: "pipe",
  });
}

export function restorePostgres(url: string, file: string): void {
  execFileSync(
    "pg_restore",
    ["--clean", "--if-exists", "--no-owner", "--exit-on-error", `--dbname=${url}`, file],
    { stdio: "pipe" },
  );
}

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const release = acquirePgliteLock(dataDir);
  try {
    const db = new PGlite(dataDir);
    // dumpDataDir before the database is ready never settles.
    await db.waitReady;
    // Uncompressed: the gzip option relies on CompressionStream, which hangs here on Node 20.
    const dump = await db.dumpDataDir("none");
    await db.close();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    release();
  }
}

export async function restorePglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  const release = acquirePgliteLock(dataDir);
  try {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
      rmSync(dataDir, { recursive: true, force: true });
    const db = new PGlite(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
    await db.waitReady;
    await db.close();
  } finally {
    release();
  }
}
