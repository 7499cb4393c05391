import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquirePgliteLock } from "./pglite-lock";
import { PgliteThread } from "./pglite-thread";
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
      // Off behind a pooler that shares a connection between transactions (PgBouncer's
      // transaction mode before 1.21): a statement named on one connection is unknown on the next.
      prepare: process.env.DATABASE_PREPARE !== "false",
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres(preparing(client), { schema }) as unknown as Db,
      kind: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_PGLITE_DIR;
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquirePgliteLock(dataDir);
  return pgliteHandle(new PgliteThread({ dataDir }), release);
}

/** The embedded database on its thread, as drizzle's PGlite driver sees it. */
export function pgliteHandle(client: PgliteThread, release: () => void = () => {}): DbHandle {
  return {
    // The driver calls only `query` and `transaction`, which the thread's client answers
    // as PGlite would.
    db: drizzlePglite(client as unknown as PGlite, { schema }) as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

type Unsafe = (query: string, args?: unknown[], options?: { prepare?: boolean }) => unknown;

/**
 * drizzle runs its query builder's statements unnamed (it asks postgres.js for
 * `prepare: false` unless a query was given a name; drizzle-orm#6096), so PostgreSQL parses
 * and plans every one of them on every call. This client asks for them named instead:
 * postgres.js keeps them per connection (which it replaces after 30 to 60 minutes, so what
 * they hold stays bounded), PostgreSQL parses each once per connection and reuses its plan
 * when that is no worse. It covers transactions and savepoints, where drizzle
 * gets a new client; the client's own `prepare` option still has the last word. Raw SQL
 * (`db.execute`, no options passed) is left as it was.
 */
function preparing<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === "unsafe") {
        const unsafe = value as Unsafe;
        return (query: string, args?: unknown[], options?: { prepare?: boolean }) =>
          unsafe(query, args, options && { ...options, prepare: true });
      }
      if (key === "begin" || key === "savepoint") {
        const open = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const body = args.pop() as (inner: object) => unknown;
          return open(...args, (inner: object) => body(preparing(inner)));
        };
      }
      return value;
    },
  });
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
