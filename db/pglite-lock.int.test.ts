import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./index";

const onPglite = process.env.TEST_DB_KIND !== "postgres";
const dirs: string[] = [];
let child: ChildProcess | undefined;

afterEach(() => {
  // npx starts tsx, which starts node: end the whole process group.
  if (child?.pid) process.kill(-child.pid, "SIGKILL");
  child = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "pz-lock-"));
  dirs.push(dir);
  return join(dir, "pglite");
}

describe.runIf(onPglite)("the embedded database has one writer", () => {
  it("refuses a second process at once, naming the process that holds it", async () => {
    const dataDir = scratchDir();
    child = spawn("npx", ["tsx", "db/testing/hold-pglite.ts", dataDir], {
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    await new Promise<void>((resolve, reject) => {
      child?.stdout?.on(
        "data",
        (chunk: Buffer) => chunk.toString().includes("holding") && resolve(),
      );
      child?.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
    });
    expect(() => openDatabase({ dataDir })).toThrow(/in use by process \d+ \(.*hold-pglite/);
  }, 60_000);

  it("takes over a lock left by a process that died (kill -9) and works", async () => {
    const dataDir = scratchDir();
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, command: "gone" }));
    const handle = openDatabase({ dataDir });
    await handle.db.execute(sql`select 1`);
    await handle.close();
  }, 60_000);
});
