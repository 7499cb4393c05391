import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DbHandle, pgliteHandle } from "./index";
import { PgliteThread } from "./pglite-thread";
import { rowsOf } from "./testing/fingerprint";

// Every PGlite integration test reads and writes through the thread; these pin down what the
// bridge itself must keep: PostgreSQL's transactions, errors and values as PGlite gives them.
const onPglite = process.env.TEST_DB_KIND !== "postgres";

describe.runIf(onPglite)("PGlite on its own thread", () => {
  let client: PgliteThread;
  let handle: DbHandle;

  beforeEach(async () => {
    client = new PgliteThread({ dataDir: "memory://" });
    handle = pgliteHandle(client);
    await handle.db.execute(sql`create table t (id int primary key, note text)`);
  });
  afterEach(() => handle.close());

  const ids = async () =>
    rowsOf<{ id: number }>(await handle.db.execute(sql`select id from t order by id`)).map(
      (r) => r.id,
    );

  it("holds every other query until a transaction ends, which then sees what it wrote", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t (id) values (1)`);
      await held;
      await tx.execute(sql`insert into t (id) values (2)`);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    let outside: number[] | undefined;
    const reading = ids().then((seen) => {
      outside = seen;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outside).toBeUndefined();
    release();
    await Promise.all([transaction, reading]);
    expect(outside).toEqual([1, 2]);
  });

  it("rolls back a transaction whose body throws, and only the savepoint of a nested one", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into t (id) values (1)`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t (id) values (2)`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into t (id) values (3)`);
          throw new Error("inner");
        })
        .catch(() => {});
    });
    expect(await ids()).toEqual([2]);
  });

  it("carries PostgreSQL's error fields across, as drizzle's cause", async () => {
    await handle.db.execute(sql`insert into t (id) values (1)`);
    const error = (await handle.db.execute(sql`insert into t (id) values (1)`).catch((e) => e)) as {
      cause: Error & { code: string };
    };
    expect(error.cause).toMatchObject({ code: "23505", constraint: "t_pkey" });
    expect(error.cause.message).toMatch(/duplicate key/);
    // The failed statement left the database usable.
    expect(await ids()).toEqual([1]);
  });

  it("gives values as PGlite does: dates as PostgreSQL writes them for drizzle, the rest parsed", async () => {
    const { rows } = await client.query(
      `select timestamptz '2026-12-08 10:00:00+00' as at, 9007199254740993::int8 as big,
        '{"a":[1,2]}'::jsonb as doc, array['x','y'] as list, '\\x0102'::bytea as bytes`,
      [],
      { rowMode: "object", parsers: { 1184: (value: string) => value } },
    );
    expect(rows[0]).toEqual({
      at: "2026-12-08 10:00:00+00",
      big: 9007199254740993n,
      doc: { a: [1, 2] },
      list: ["x", "y"],
      bytes: new Uint8Array([1, 2]),
    });
  });

  it("refuses calls once closed instead of leaving them waiting", async () => {
    const other = new PgliteThread({ dataDir: "memory://" });
    await other.query("select 1");
    await other.close();
    await expect(other.query("select 1")).rejects.toThrow(/database thread ended/);
  });
});
