import { describe, expect, it } from "vitest";
import { clearRateLimit, forgiveRateLimitHit, hitRateLimit } from "./rate-limits";

describe("database rate limits", () => {
  it("counts parallel hits exactly (one atomic upsert each)", async () => {
    const key = `test:${crypto.randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(key, 60_000)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it("starts a new window once the old one has passed", async () => {
    const key = `test:${crypto.randomUUID()}`;
    await hitRateLimit(key, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await hitRateLimit(key, 60_000)).count).toBe(1);
  });

  it("forgives and clears", async () => {
    const key = `test:${crypto.randomUUID()}`;
    await hitRateLimit(key, 60_000);
    await hitRateLimit(key, 60_000);
    await forgiveRateLimitHit(key);
    expect((await hitRateLimit(key, 60_000)).count).toBe(2);
    await clearRateLimit(key);
    expect((await hitRateLimit(key, 60_000)).count).toBe(1);
  });
});
