import { afterEach, describe, expect, it } from "vitest";
import { oauthProviders } from "./oauth";

const KEYS = ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET", "AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"];

afterEach(() => {
  for (const key of KEYS) delete process.env[key];
});

describe("OAuth providers", () => {
  it("are off by default", () => {
    expect(oauthProviders()).toEqual([]);
  });

  it("appear only when both their id and secret are set", () => {
    process.env.AUTH_GITHUB_ID = "id";
    expect(oauthProviders()).toEqual([]);
    process.env.AUTH_GITHUB_SECRET = "secret";
    process.env.AUTH_GOOGLE_ID = "id";
    expect(oauthProviders().map((p) => p.id)).toEqual(["github"]);
    process.env.AUTH_GOOGLE_SECRET = "secret";
    expect(oauthProviders().map((p) => p.id)).toEqual(["github", "google"]);
  });
});
