import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject, vi } from "vitest";
import { type DbHandle, openDatabase, pgliteHandle, setDatabase } from "../index";
import { PgliteThread } from "../pglite-thread";
import { adminUrl, databaseUrl } from "./urls";

// Outside a Next.js request these have nothing to act on; tests read cookies from here.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/fake-request")).nextHeadersModule);
vi.mock(
  "@/lib/auth/session",
  async () => (await import("@/lib/testing/fake-session")).sessionModule,
);
vi.mock(
  "@/lib/auth/config",
  async () => (await import("@/lib/testing/fake-session")).authConfigModule,
);

let handle: DbHandle | undefined;
let cleanup: (() => Promise<void>) | undefined;

/** Every test file gets its own freshly migrated database. */
beforeAll(async () => {
  const template = inject("postgresTemplate");
  if (template) {
    const name = `pz_test_${randomBytes(5).toString("hex")}`;
    const admin = openDatabase({ url: adminUrl() });
    await admin.db.execute(`create database ${name} template ${template}`);
    handle = openDatabase({ url: databaseUrl(name) });
    cleanup = async () => {
      await admin.db.execute(`drop database if exists ${name} with (force)`);
      await admin.close();
    };
  } else {
    handle = pgliteHandle(new PgliteThread({ loadDataDir: readFileSync(inject("pgliteDump")) }));
  }
  setDatabase(handle);
});

afterAll(async () => {
  setDatabase(undefined);
  await handle?.close();
  await cleanup?.();
});
