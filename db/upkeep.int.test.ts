import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "./index";
import { rowsOf } from "./testing/fingerprint";
import { runUpkeep, tablesDueForUpkeep, upkeepAll, upkeepTicker } from "./upkeep";

// A table of this test's own (each test file has its own database), so that the thresholds
// are the only thing that decides.
const TABLE = "upkeep_probe";

async function probeStats() {
  const [row] = rowsOf<{ dead: number; vacuumed: boolean; analyzed: boolean }>(
    await getDb().execute(
      sql`select n_dead_tup::int as dead, last_vacuum is not null as vacuumed,
            last_analyze is not null as analyzed
          from pg_stat_user_tables where relname = ${TABLE}`,
    ),
  );
  return row;
}

/** PostgreSQL publishes a session's counters shortly after its transactions end. */
async function dueForProbe() {
  return (await tablesDueForUpkeep(getDb())).find((due) => due.table === TABLE);
}

beforeAll(async () => {
  // On a PostgreSQL server, autovacuum must not tidy the table while the test watches it.
  await getDb().execute(
    sql`create table ${sql.identifier(TABLE)} (id int primary key, v text)
        with (autovacuum_enabled = false)`,
  );
});

describe("database upkeep (what autovacuum does, for the embedded database)", () => {
  it("vacuums and analyzes a table once enough of it changed, and only then", async () => {
    const db = getDb();
    await db.execute(
      sql`insert into ${sql.identifier(TABLE)} select g, 'v' || g from generate_series(1, 2000) g`,
    );
    // 2,000 rows inserted into an empty table: over 1,000 inserted and 50 changed.
    await expect.poll(dueForProbe, { timeout: 10_000 }).toEqual({
      table: TABLE,
      vacuum: true,
      analyze: true,
    });
    const done = await runUpkeep(db);
    expect(done).toContainEqual({ table: TABLE, vacuum: true, analyze: true });
    await expect.poll(probeStats, { timeout: 10_000 }).toEqual({
      dead: 0,
      vacuumed: true,
      analyzed: true,
    });
    await expect.poll(dueForProbe, { timeout: 10_000 }).toBeUndefined();

    // 300 rows updated of 2,000: 300 dead rows are under 50 + 20 %, 300 changes over 50 + 10 %.
    await db.execute(sql`update ${sql.identifier(TABLE)} set v = v || '+' where id <= 300`);
    await expect
      .poll(dueForProbe, { timeout: 10_000 })
      .toEqual({ table: TABLE, vacuum: false, analyze: true });
    await runUpkeep(db);
    await expect.poll(dueForProbe, { timeout: 10_000 }).toBeUndefined();
    // Analyze alone leaves the dead rows; a vacuum comes once they pass the threshold.
    expect((await probeStats())?.dead).toBeGreaterThan(0);

    await db.execute(sql`update ${sql.identifier(TABLE)} set v = v || '+' where id > 1000`);
    await expect
      .poll(dueForProbe, { timeout: 10_000 })
      .toEqual({ table: TABLE, vacuum: true, analyze: true });
    await runUpkeep(db);
    await expect.poll(async () => (await probeStats())?.dead, { timeout: 10_000 }).toBe(0);
  });

  it("at start, vacuums whatever changed, however little", async () => {
    const db = getDb();
    await db.execute(sql`update ${sql.identifier(TABLE)} set v = v || '+' where id <= 5`);
    await expect.poll(async () => (await probeStats())?.dead, { timeout: 10_000 }).toBe(5);
    expect(await dueForProbe()).toBeUndefined();
    await upkeepAll(db);
    await expect.poll(async () => (await probeStats())?.dead, { timeout: 10_000 }).toBe(0);
  });

  it("runs one upkeep at a time", async () => {
    const tick = upkeepTicker(getDb());
    const [first, second] = await Promise.all([tick(), tick()]);
    expect(first).toBeInstanceOf(Array);
    expect(second).toBeNull();
    expect(await tick()).toBeInstanceOf(Array);
  });
});
