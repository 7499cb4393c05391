// PGlite on a thread of its own, driven by db/pglite-thread.ts: every message names an
// operation, and its answer carries the message's id with a result or an error.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const { dataDir, loadDataDir } = workerData;
const pg = new PGlite({ dataDir, loadDataDir: loadDataDir && new Blob([loadDataDir]) });
const keep = (value) => value;
/** Open transactions by id: PGlite's handle, and how to end the callback it waits on. */
const open = new Map();

const reply = (id, result, error) => parentPort.postMessage({ id, result, error });

/** An error as data: its message and every plain field (PostgreSQL's code, constraint…). */
function errorData(error) {
  const data = { message: String(error?.message ?? error) };
  for (const [key, value] of Object.entries(error ?? {}))
    if (value !== undefined && typeof value !== "function" && typeof value !== "object")
      data[key] = value;
  return data;
}

/** PGlite's query options from the wire's: the types to keep as text stand for the parsers. */
const queryOptions = (options) =>
  options && {
    rowMode: options.rowMode,
    parsers: options.keep && Object.fromEntries(options.keep.map((type) => [type, keep])),
  };

/**
 * Starts a transaction: PGlite holds it open while its callback runs, and queues every other
 * query behind it, so the callback waits for "commit" or "rollback".
 */
function begin(id, tx) {
  const entry = { started: false };
  entry.settled = pg
    .transaction(
      (handle) =>
        new Promise((resolve, reject) => {
          Object.assign(entry, { handle, resolve, reject, started: true });
          open.set(tx, entry);
          reply(id, null);
        }),
    )
    .then(
      () => undefined,
      (error) => error,
    );
  entry.settled.then((error) => {
    if (!entry.started) reply(id, null, errorData(error ?? new Error("no transaction")));
  });
}

async function end(tx, commit) {
  const entry = open.get(tx);
  if (!entry) throw new Error(`transaction ${tx} is not open`);
  open.delete(tx);
  if (commit) entry.resolve();
  else entry.reject(new Error("rolled back"));
  const error = await entry.settled;
  if (commit && error) throw error;
}

parentPort.on("message", async ({ id, op, tx, sql, params, options }) => {
  try {
    switch (op) {
      case "query": {
        const target = tx === undefined ? pg : open.get(tx)?.handle;
        if (!target) throw new Error(`transaction ${tx} is not open`);
        const { rows, fields, affectedRows } = await target.query(
          sql,
          params,
          queryOptions(options),
        );
        return reply(id, { rows, fields, affectedRows });
      }
      case "begin":
        return begin(id, tx);
      case "commit":
      case "rollback":
        await end(tx, op === "commit");
        return reply(id, null);
      case "dump": {
        const tarball = await pg.dumpDataDir("none");
        return reply(id, new Uint8Array(await tarball.arrayBuffer()));
      }
      case "close":
        await pg.close();
        return reply(id, null);
      default:
        throw new Error(`unknown operation ${op}`);
    }
  } catch (error) {
    reply(id, null, errorData(error));
  }
});
