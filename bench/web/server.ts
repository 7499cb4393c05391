// One production server of the current build on a freshly generated network, for the page
// and action benchmarks: PostgreSQL (its own database, dropped after) or PGlite (its own folder).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../db/index";
import { migrateDatabase } from "../../db/migrate";
import { generateNetwork, type NetworkFixture, type NetworkSize } from "../network/generate";

export type DbKind = "postgres" | "pglite";

export type BenchServer = {
  url: string;
  fixture: NetworkFixture;
  generateMs: number;
  /** From the server's "Ready" line to the first page's last byte. */
  firstPageMs: number;
  /** The same for the directory, asked for at the same moment: it reads the database. */
  firstDatabasePageMs: number;
  /** Resident memory of the server's processes, in MB. */
  rssMb: () => number;
  stop: () => Promise<void>;
};

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export async function startBenchServer(
  kind: DbKind,
  port: number,
  size: NetworkSize,
): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    AUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    EMAIL_SERVER: "",
    DATABASE_URL: "",
    PADRINAZGO_BENCH_BASELINES: "1",
    // For /bench/heap, which collects garbage before it reports the heap in use.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--expose-gc"].filter(Boolean).join(" "),
  };
  let removeDatabase: () => Promise<void>;
  if (kind === "postgres") {
    const name = `pz_bench_${randomBytes(4).toString("hex")}`;
    const admin = openDatabase({ url: ADMIN_URL });
    await admin.db.execute(`create database ${name}`);
    env.DATABASE_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    removeDatabase = async () => {
      await admin.db.execute(`drop database if exists ${name} with (force)`);
      await admin.close();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), "pz-bench-"));
    env.PGLITE_DIR = join(dir, "pglite");
    removeDatabase = async () => rmSync(dir, { recursive: true, force: true });
  }

  const started = Date.now();
  const handle = openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR });
  let fixture: NetworkFixture;
  try {
    await migrateDatabase(handle);
    fixture = await generateNetwork(handle.db, size);
    // What autovacuum (PostgreSQL) or the server's upkeep (PGlite) does soon after a bulk
    // load: without it the tables have no visibility map (no index-only scans), the first
    // reads write hint bits, and autovacuum would start in the middle of the measurements.
    await handle.db.execute("vacuum analyze");
  } finally {
    await handle.close();
  }
  const generateMs = Date.now() - started;

  const url = `http://localhost:${port}`;
  // Its own process group, so that stopping it stops every process `next start` made.
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    },
  );
  const ready = await readyAt(child);
  // Two first visitors at once: one on the landing page, one on a page that reads the
  // database (which waits for it to open).
  const firstView = async (path: string) => {
    const page = await fetch(`${url}${path}`).then((r) => r.text());
    if (!page.includes("<html")) throw new Error(`the first ${path} did not render`);
    return Date.now() - ready;
  };
  const [firstPageMs, firstDatabasePageMs] = await Promise.all([
    firstView("/"),
    firstView("/initiatives"),
  ]);

  return {
    url,
    fixture,
    generateMs,
    firstPageMs,
    firstDatabasePageMs,
    rssMb: () => (child.pid ? groupRssMb(child.pid) : 0),
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || !child.pid) return resolve();
        child.on("exit", () => resolve());
        process.kill(-child.pid, "SIGTERM");
      });
      await removeDatabase();
    },
  };
}

/** Resolves with the moment `next start` prints that it is ready. */
function readyAt(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server not ready in 120 s")), 120_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (/Ready in/i.test(chunk.toString())) {
        clearTimeout(timer);
        resolve(Date.now());
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** The resident memory of a process group (next start and any workers it forked). */
function groupRssMb(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  const kb = out
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((n) => Number.isFinite(n))
    .reduce((sum, n) => sum + n, 0);
  return Math.round(kb / 1024);
}
