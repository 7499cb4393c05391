import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { signUpInput } from "@/lib/validation/auth";
import { localizeIssues } from "./localize-issues";
import { rateLimitedState } from "./messages";

describe("localized validation errors", () => {
  it("turns zod issues into messages in the reader's language, with their bounds", () => {
    const result = signUpInput.safeParse({
      name: "",
      email: "x",
      password: "short",
      confirm: "short",
    });
    if (result.success) throw new Error("expected failure");
    const es = localizeIssues(result.error, translatorFor("es"));
    const pt = localizeIssues(result.error, translatorFor("pt"));
    expect(es.name).toEqual(["Este campo es obligatorio."]);
    expect(es.password?.[0]).toContain("al menos 10 caracteres");
    expect(pt.email?.[0]).toContain("e-mail válido");
  });

  it("says when to try again, in minutes", () => {
    const t = translatorFor("en");
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(rateLimitedState(t, new Date(now + 61_000), now).message).toBe(
      "Too many attempts. Try again in 2 minutes.",
    );
    expect(rateLimitedState(t, new Date(now + 5_000), now).message).toBe(
      "Too many attempts. Try again in 1 minute.",
    );
  });
});
