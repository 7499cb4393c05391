import { describe, expect, it } from "vitest";
import { networkPageHref } from "./my-network";

describe("a list's page link", () => {
  it("keeps the other lists' pages, leaves first pages out and points at the list", () => {
    const shown = { toAnswer: 3, active: 1, waiting: 2 };
    expect(networkPageHref(shown, "active", 2, "active-title")).toBe(
      "/my-network?answer=3&active=2&waiting=2#active-title",
    );
    expect(networkPageHref(shown, "toAnswer", 1, "to-answer-title")).toBe(
      "/my-network?waiting=2#to-answer-title",
    );
    expect(networkPageHref({ toAnswer: 1, active: 1, waiting: 2 }, "waiting", 1, "w")).toBe(
      "/my-network#w",
    );
  });
});
