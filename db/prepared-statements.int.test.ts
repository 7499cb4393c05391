import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DbHandle, type Executor, openDatabase } from "./index";
import { rowsOf } from "./testing/fingerprint";
import { adminUrl, databaseUrl } from "./testing/urls";

const probe = pgTable("probe", { id: integer("id").primaryKey(), v: text("v").notNull() });

/** The statements this connection has named, that touch the probe table. */
async function namedStatements(db: Executor): Promise<string[]> {
  const rows = rowsOf<{ statement: string }>(
    await db.execute(sql`select statement from pg_prepared_statements
      where statement like '%"probe"%' order by prepare_time`),
  );
  return rows.map((row) => row.statement);
}

// PostgreSQL only: PGlite's driver has no statement names. One connection per pool, so that
// pg_prepared_statements (a connection's own list) sees what the queries before it named.
describe.runIf(process.env.TEST_DB_KIND === "postgres")(
  "statements named once per connection",
  () => {
    const name = `pz_prep_${randomBytes(4).toString("hex")}`;
    let admin: DbHandle;
    // openDatabase reads both variables when it opens, so they are put back right after.
    const open = (prepare: boolean) => {
      vi.stubEnv("DATABASE_POOL_SIZE", "1");
      vi.stubEnv("DATABASE_PREPARE", String(prepare));
      try {
        return openDatabase({ url: databaseUrl(name) });
      } finally {
        vi.unstubAllEnvs();
      }
    };

    beforeAll(async () => {
      admin = openDatabase({ url: adminUrl() });
      await admin.db.execute(`create database ${name}`);
      const setup = open(true);
      await setup.db.execute(sql`create table probe (id int primary key, v text not null)`);
      await setup.db.insert(probe).values([{ id: 1, v: "uno" }]);
      await setup.close();
    });
    afterAll(async () => {
      await admin.db.execute(`drop database if exists ${name} with (force)`);
      await admin.close();
    });

    it("names the query builder's statements and reuses them, in and out of transactions", async () => {
      const handle = open(true);
      try {
        const { db } = handle;
        const read = (id: number) => db.select().from(probe).where(eq(probe.id, id));
        expect(await read(1)).toEqual([{ id: 1, v: "uno" }]);
        for (const id of [1, 2, 1]) await read(id);
        const select = (await namedStatements(db)).filter((s) => s.startsWith("select"));
        expect(select).toHaveLength(1);

        await db.transaction(async (tx) => {
          await tx.insert(probe).values({ id: 2, v: "dos" });
          await tx.transaction(async (inner) => {
            await inner.update(probe).set({ v: "DOS" }).where(eq(probe.id, 2));
          });
          const named = await namedStatements(tx);
          expect(named.some((s) => s.startsWith("insert"))).toBe(true);
          expect(named.some((s) => s.startsWith("update"))).toBe(true);
        });
        expect(await read(2)).toEqual([{ id: 2, v: "DOS" }]);

        // Raw SQL keeps the unnamed protocol (it is often one of a kind).
        await db.execute(sql`select v from probe where id = ${1}`);
        expect((await namedStatements(db)).some((s) => s.startsWith("select v"))).toBe(false);
      } finally {
        await handle.close();
      }
    });

    it("names nothing when DATABASE_PREPARE=false (a pooler in transaction mode)", async () => {
      const handle = open(false);
      try {
        const { db } = handle;
        expect(await db.select().from(probe).where(eq(probe.id, 1))).toEqual([{ id: 1, v: "uno" }]);
        await db.transaction(async (tx) => {
          await tx.update(probe).set({ v: "uno" }).where(eq(probe.id, 1));
        });
        expect(await namedStatements(db)).toEqual([]);
      } finally {
        await handle.close();
      }
    });
  },
);
