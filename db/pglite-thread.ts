import { join } from "node:path";
import { Worker } from "node:worker_threads";

type QueryOptions = { rowMode?: "array" | "object"; parsers?: Record<number, unknown> };
type QueryResult = {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
};
type Query = (sql: string, params?: unknown[], options?: QueryOptions) => Promise<QueryResult>;
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Resolved from the working directory, as the data folder is: the server runs from the app's. */
const WORKER = join(process.cwd(), "db/pglite-worker.mjs");

/**
 * PGlite on a worker thread (db/pglite-worker.mjs), with the part of PGlite's interface
 * drizzle's driver uses: `query`, `transaction` and `close`. PGlite computes on the thread
 * that calls it; on the server's own thread its queries and the pages' renders took turns on
 * one core. Here they run side by side, and a long query no longer holds every other request.
 */
export class PgliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #failed: Error | undefined;
  #nextId = 0;
  #nextTx = 0;

  constructor(source: { dataDir?: string; loadDataDir?: Uint8Array }) {
    this.#worker = new Worker(WORKER, { workerData: source });
    // Idle, the thread does not keep a script alive; a call in flight does (see #call).
    this.#worker.unref();
    this.#worker.on("message", ({ id, result, error }) => {
      const pending = this.#pending.get(id);
      if (!pending) return;
      this.#settle(id);
      if (error) pending.reject(Object.assign(new Error(error.message), error));
      else pending.resolve(result);
    });
    const fail = (error: Error) => {
      this.#failed = error;
      for (const [id, pending] of this.#pending) {
        this.#settle(id);
        pending.reject(error);
      }
    };
    this.#worker.on("error", fail);
    this.#worker.on("exit", (code) => fail(new Error(`the database thread ended (${code})`)));
  }

  #settle(id: number) {
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
  }

  #call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = ++this.#nextId;
    return new Promise<T>((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ id, ...message });
    });
  }

  #query(tx: number | undefined): Query {
    return (sql, params, options) =>
      this.#call({
        op: "query",
        tx,
        sql,
        params,
        // drizzle's parsers keep dates and intervals as PostgreSQL writes them. Functions
        // cannot cross threads: the worker keeps the types they are given for as text.
        options: options && {
          rowMode: options.rowMode,
          keep: options.parsers && Object.keys(options.parsers).map(Number),
        },
      });
  }

  query: Query = this.#query(undefined);

  async transaction<T>(body: (tx: { query: Query }) => Promise<T>): Promise<T> {
    const tx = ++this.#nextTx;
    await this.#call({ op: "begin", tx });
    let result: T;
    try {
      result = await body({ query: this.#query(tx) });
    } catch (error) {
      await this.#call({ op: "rollback", tx });
      throw error;
    }
    await this.#call({ op: "commit", tx });
    return result;
  }

  /** The database's files as a tarball, which `loadDataDir` opens again. */
  dump(): Promise<Uint8Array> {
    return this.#call({ op: "dump" });
  }

  async close(): Promise<void> {
    if (!this.#failed) await this.#call({ op: "close" });
    await this.#worker.terminate();
  }
}
