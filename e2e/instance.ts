// Extra production servers for deployment checks (https settings, two instances on one
// database), started from the same build as the journeys' servers.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Instance = { url: string; stop: () => Promise<void> };

function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { env, stdio: "ignore" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args} → ${code}`))));
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server at ${url} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

/** A database for extra instances: a fresh PGlite folder, or the given PostgreSQL URL. */
export async function prepareDatabase(databaseUrl = ""): Promise<{
  env: NodeJS.ProcessEnv;
  remove: () => void;
}> {
  const dir = mkdtempSync(join(tmpdir(), "pz-instance-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PGLITE_DIR: join(dir, "pglite"),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    OUTBOX_PAGE: "on",
    EMAIL_SERVER: "",
  };
  await runToEnd(["tsx", "db/prepare.ts"], env);
  return { env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts `next start` on a port with the given environment and waits until it answers. */
export async function startInstance(
  port: number,
  env: NodeJS.ProcessEnv,
  authUrl = `http://localhost:${port}`,
): Promise<Instance> {
  const url = `http://localhost:${port}`;
  // Its own process group, so that stopping it stops next-server under npx as well.
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...env, PORT: String(port), AUTH_URL: authUrl },
    stdio: "ignore",
    detached: true,
  });
  await waitForHealth(url, child).catch((error) => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    throw error;
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on("exit", () => resolve());
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      }),
  };
}
