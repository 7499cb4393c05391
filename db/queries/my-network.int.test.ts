import { describe, expect, it } from "vitest";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import {
  createMentee,
  createMentor,
  proposeMentorship,
  startMentorship,
} from "@/db/testing/mentorship";
import { listMentorshipsOfAny } from "./mentorships";
import { countOpenSidesOf } from "./offers";

// What "my network" reads for all of a person's initiatives at once, instead of three
// queries for each of them.
describe("a person's mentorships and open offers and requests, over several initiatives", () => {
  it("lists each initiative's mentorships on either side, newest first, once each", async () => {
    const mentor = await createMentor(3);
    const other = await createMentor(3);
    const first = await createMentee();
    const second = await createMentee();
    const active = await startMentorship(mentor, first);
    const proposed = await proposeMentorship(other, second);

    const both = await listMentorshipsOfAny([mentor.initiativeId, second.initiativeId]);
    expect(both.map((m) => m.id)).toEqual([proposed, active]);
    expect(both.map((m) => m.state)).toEqual(["proposed", "active"]);

    // The same mentorship seen from both of its sides is still one row.
    const ends = await listMentorshipsOfAny([mentor.initiativeId, first.initiativeId]);
    expect(ends.map((m) => m.id)).toEqual([active]);

    expect((await listMentorshipsOfAny([other.initiativeId])).map((m) => m.id)).toEqual([proposed]);
    expect(await listMentorshipsOfAny([])).toEqual([]);
  });

  it("counts active offers and open requests per initiative, zero where there are none", async () => {
    const mentor = await createMentor(3);
    const matched = await createMentee();
    const waiting = await createMentee();
    await startMentorship(mentor, matched);
    await proposeMentorship(mentor, waiting);
    const { id: empty } = await createTestInitiative(await createPerson());

    const counts = await countOpenSidesOf([
      mentor.initiativeId,
      matched.initiativeId,
      waiting.initiativeId,
      empty,
    ]);
    expect(Object.fromEntries(counts)).toEqual({
      [mentor.initiativeId]: { offers: 1, requests: 0 },
      // A request stops being open once its mentorship starts.
      [matched.initiativeId]: { offers: 0, requests: 0 },
      [waiting.initiativeId]: { offers: 0, requests: 1 },
      [empty]: { offers: 0, requests: 0 },
    });
    expect((await countOpenSidesOf([])).size).toBe(0);
  });
});
