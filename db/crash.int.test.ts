import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { propose } from "@/lib/mentorship/lifecycle";
import { type DbHandle, openDatabase, setDatabase } from "./index";
import { migrateDatabase } from "./migrate";
import { rowsOf } from "./testing/fingerprint";
import { createMentee, createMentor } from "./testing/mentorship";
import { adminUrl, databaseUrl } from "./testing/urls";

const scratch = mkdtempSync(join(tmpdir(), "pz-crash-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ROUNDS = 2;
const ACCEPTS = 30;
const CAPACITY = 4;

/** An offer with CAPACITY places and ACCEPTS proposals waiting for its lead's answer. */
async function contested() {
  const mentor = await createMentor(CAPACITY);
  const ids: string[] = [];
  for (let i = 0; i < ACCEPTS; i++) {
    const mentee = await createMentee();
    const proposed = await propose(mentee.lead, {
      offerId: mentor.offerId,
      requestId: mentee.requestId,
      message: "",
    });
    if (!proposed.ok) throw new Error(proposed.error);
    ids.push(proposed.id);
  }
  return { actor: mentor.lead, ids };
}

/** Starts the accepts in another process and kills it -9 once the first has answered. */
function acceptAndKill(target: string, actor: unknown, ids: string[], delayMs: number) {
  return new Promise<"killed" | "finished">((resolve, reject) => {
    // Node itself (with tsx's loader), so that the process killed is the one holding the
    // database, and is reaped by us when it dies.
    const child: ChildProcess = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "db/testing/crash-child.ts",
        target,
        JSON.stringify(actor),
        JSON.stringify(ids),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const killAll = () => child.kill("SIGKILL");
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    child.stdout?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes("done")) finished = true;
      // The first answer is in: the rest are mid-flight, some inside their transactions.
      if (text.includes("settled") && !timer) timer = setTimeout(killAll, delayMs);
    });
    child.on("error", reject);
    child.on("exit", () => resolve(finished ? "finished" : "killed"));
  });
}

/** The invariants a crash must not break, read from the database as it is. */
async function expectInvariants(handle: DbHandle) {
  const offers = rowsOf<{ capacity: number; active_count: number; active: number }>(
    await handle.db.execute(sql`
      select o.capacity, o.active_count,
        (select count(*)::int from mentorships m where m.offer_id = o.id and m.state = 'active') as active
      from offers o`),
  );
  expect(offers.length).toBeGreaterThan(0);
  for (const offer of offers) {
    expect(offer.active_count).toBe(offer.active);
    expect(offer.active).toBeLessThanOrEqual(offer.capacity);
  }
  const doubled = rowsOf<{ n: number }>(
    await handle.db.execute(sql`
      select count(*)::int as n from (
        select request_id from mentorships where state = 'active'
        group by request_id having count(*) > 1) t`),
  );
  expect(doubled[0]?.n).toBe(0);
  const strayTopics = rowsOf<{ n: number }>(
    await handle.db.execute(sql`
      select count(*)::int as n from mentorship_topics t
      join mentorships m on m.id = t.mentorship_id
      where t.active <> (m.state = 'active')`),
  );
  expect(strayTopics[0]?.n).toBe(0);
}

async function crashRounds(open: () => DbHandle, target: string) {
  for (let round = 0; round < ROUNDS; round++) {
    const setup = open();
    if (round === 0) await migrateDatabase(setup);
    setDatabase(setup);
    const { actor, ids } = await contested();
    setDatabase(undefined);
    await setup.close();

    const outcome = await acceptAndKill(target, actor, ids, round * 5);
    const after = open();
    try {
      await expectInvariants(after);
    } finally {
      await after.close();
    }
    expect(["killed", "finished"]).toContain(outcome);
  }
}

describe("a crash (kill -9) during concurrent accepts", () => {
  it.runIf(process.env.TEST_DB_KIND !== "postgres")(
    "leaves the embedded database consistent and usable after restart",
    async () => {
      const dataDir = join(scratch, "pglite");
      await crashRounds(() => openDatabase({ dataDir }), dataDir);
    },
    180_000,
  );

  it.runIf(process.env.TEST_DB_KIND === "postgres")(
    "leaves PostgreSQL consistent: no overbooking, counts and topics agree",
    async () => {
      const name = `pz_crash_${randomBytes(4).toString("hex")}`;
      const admin = openDatabase({ url: adminUrl() });
      await admin.db.execute(sql.raw(`create database ${name}`));
      const url = databaseUrl(name);
      try {
        await crashRounds(() => openDatabase({ url }), url);
      } finally {
        await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
        await admin.close();
      }
    },
    180_000,
  );
});
