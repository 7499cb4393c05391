import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's chromium when present (this machine cannot download Playwright's browsers).
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (p) => p && existsSync(p),
);

// The servers' secret, known to the tests so that they can look for it in every response.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

// One production server per database; PostgreSQL joins when TEST_DATABASE_URL is set.
const servers = [{ kind: "pglite", port: 3100 }];
if (process.env.TEST_DATABASE_URL) servers.push({ kind: "postgres", port: 3101 });

export default defineConfig({
  testDir: "e2e",
  // Long journeys on two servers and two workers sharing two cores: room for the slowest.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: servers.length,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: ".data/ci/playwright.json" }]]
    : [["list"], ["html", { open: "never" }]],
  use: {
    locale: "es-ES",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: servers.map(({ kind, port }) => ({
    name: kind,
    use: { ...devices["Desktop Chrome"], locale: "es-ES", baseURL: `http://localhost:${port}` },
  })),
  webServer: servers.map(({ kind, port }) => ({
    command: `npx tsx e2e/serve.ts ${kind} ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  })),
});
