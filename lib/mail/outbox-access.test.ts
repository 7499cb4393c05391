import { afterEach, describe, expect, it, vi } from "vitest";
import { isOutboxPageEnabled } from "./outbox-access";

afterEach(() => vi.unstubAllEnvs());

describe("the developers' outbox page", () => {
  it("is open in development", () => {
    vi.stubEnv("NODE_ENV", "development");
    expect(isOutboxPageEnabled()).toBe(true);
  });

  it("is closed in production unless explicitly switched on", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("OUTBOX_PAGE", "");
    expect(isOutboxPageEnabled()).toBe(false);
    vi.stubEnv("OUTBOX_PAGE", "on");
    expect(isOutboxPageEnabled()).toBe(true);
  });
});
