import { describe, expect, it } from "vitest";
import { sharedValue } from "./shared-value";

describe("a shared, short-lived value", () => {
  it("computes once for every caller within its lifetime, then again", async () => {
    let now = 0;
    let runs = 0;
    const get = sharedValue(
      1000,
      async () => ++runs,
      () => now,
    );
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    now = 999;
    expect(await get()).toBe(1);
    now = 1000;
    expect(await get()).toBe(2);
    expect(runs).toBe(2);
  });

  it("does not keep a failure: the next caller computes again", async () => {
    let runs = 0;
    const get = sharedValue(60_000, async () => {
      runs += 1;
      if (runs === 1) throw new Error("database away");
      return "figures";
    });
    await expect(get()).rejects.toThrow("database away");
    expect(await get()).toBe("figures");
    expect(await get()).toBe("figures");
    expect(runs).toBe(2);
  });
});
