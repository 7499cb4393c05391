import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with the OWASP parameters", async () => {
    const hash = await hashPassword("una frase bastante larga");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "una frase bastante larga")).toBe(true);
    expect(await verifyPassword(hash, "otra frase")).toBe(false);
  });

  it("spends real hashing work when there is no account, so timing reveals nothing", async () => {
    await verifyPassword(null, "warm-up");
    const started = performance.now();
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    // argon2id at 19 MiB costs milliseconds, a bare `return false` microseconds.
    expect(performance.now() - started).toBeGreaterThan(2);
  });

  it("treats a malformed stored hash as a failure, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
