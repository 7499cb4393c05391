import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

/** The one database type the rest of the code sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = { db: Db; kind: "postgres" | "pglite"; close: () => Promise<void> };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** Opens PostgreSQL when a URL is given, otherwise PGlite in a folder (or in memory). */
export function openDatabase(options: { url?: string; dataDir?: string }): DbHandle {
  if (options.url) {
    const client = postgres(options.url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      kind: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_PGLITE_DIR;
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquirePgliteLock(dataDir);
  const client = new PGlite(dataDir);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

const holder = globalThis as unknown as { __padrinazgoDb?: DbHandle };

/** The process-wide database, opened lazily on first use (never at import or build time). */
export function getDb(): Db {
  holder.__padrinazgoDb ??= openDatabase({
    url: process.env.DATABASE_URL,
    dataDir: process.env.PGLITE_DIR,
  });
  return holder.__padrinazgoDb.db;
}

export function getDbKind(): DbHandle["kind"] {
  getDb();
  return holder.__padrinazgoDb?.kind ?? "pglite";
}

/** Makes `handle` the process-wide database (tests, scripts). */
export function setDatabase(handle: DbHandle | undefined): void {
  holder.__padrinazgoDb = handle;
}

export async function closeDatabase(): Promise<void> {
  const handle = holder.__padrinazgoDb;
  holder.__padrinazgoDb = undefined;
  await handle?.close();
}

export { schema };

/** A transaction handle; query functions accept it wherever they accept a database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;
