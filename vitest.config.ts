import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = { "@": root };

// Integration tests run on PGlite in memory, and on PostgreSQL as well when
// TEST_DATABASE_URL names a server (each run creates and drops its own databases).
const databases = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export default defineConfig({
  resolve: { alias },
  test: {
    // Under CI a JSON report feeds .ci/summary.mjs as well.
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: ".data/ci/vitest.json" }]]
      : ["default"],
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,db,app,bench,components}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      ...databases.map((kind) => ({
        resolve: { alias },
        test: {
          name: `integration-${kind}`,
          include: ["{lib,db,app,bench}/**/*.int.test.ts"],
          environment: "node",
          env: { TEST_DB_KIND: kind },
          globalSetup: ["db/testing/global-setup.ts"],
          // next-auth imports "next/server" without an extension; let Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
          setupFiles: ["db/testing/per-file-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
