// Starts the production build on a fresh database for the browser journeys, and
// removes that database when Playwright stops it: `tsx e2e/serve.ts pglite|postgres PORT`.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../db/index";
import { adminUrl, databaseUrl } from "../db/testing/urls";

const [kind = "pglite", port = "3100"] = process.argv.slice(2);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  PORT: port,
  AUTH_URL: `http://localhost:${port}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  OUTBOX_PAGE: "on",
  EMAIL_SERVER: "",
  DATABASE_URL: "",
};

let cleanup = async () => {};
if (kind === "postgres") {
  const name = `pz_e2e_${randomBytes(4).toString("hex")}`;
  const admin = openDatabase({ url: adminUrl() });
  await admin.db.execute(`create database ${name}`);
  env.DATABASE_URL = databaseUrl(name);
  cleanup = async () => {
    await admin.db.execute(`drop database if exists ${name} with (force)`);
    await admin.close();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), "pz-e2e-"));
  env.PGLITE_DIR = join(dir, "pglite");
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

function run(command: string, args: string[]): ChildProcess {
  return spawn(command, args, { env, stdio: "inherit" });
}

let server: ChildProcess | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await cleanup().catch((error) => console.error(error));
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

const prepare = run("npx", ["tsx", "db/prepare.ts"]);
prepare.on("exit", (code) => {
  if (code !== 0) return void stop(code ?? 1);
  server = run("npx", ["next", "start", "-p", port]);
  server.on("exit", (exitCode) => void stop(exitCode ?? 0));
});
