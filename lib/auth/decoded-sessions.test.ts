import { describe, expect, it } from "vitest";
import { recallSession, rememberSession, sessionCookieValue } from "./decoded-sessions";

describe("session cookies already decrypted", () => {
  it("reads the session cookie Auth.js would read, chunks included, and nothing else", () => {
    const header =
      "theme=dark; authjs.session-token.1=b; __Secure-authjs.session-token=s; authjs.session-token.0=a";
    expect(sessionCookieValue(header, false)).toBe(
      "authjs.session-token.0=a; authjs.session-token.1=b",
    );
    expect(sessionCookieValue(header, true)).toBe("__Secure-authjs.session-token=s");
    expect(sessionCookieValue("theme=dark; authjs.session-tokenx=1", false)).toBe("");
  });

  it("recalls claims only under the same secret and cookie kind, until they expire", () => {
    const now = Date.UTC(2026, 11, 6);
    const exp = now / 1000 + 60;
    rememberSession("secret-a", false, "authjs.session-token=v1", { sub: "u1", exp });
    expect(recallSession("secret-a", false, "authjs.session-token=v1", now)).toEqual({
      sub: "u1",
      exp,
    });
    expect(recallSession("secret-b", false, "authjs.session-token=v1", now)).toBeUndefined();
    expect(recallSession("secret-a", true, "authjs.session-token=v1", now)).toBeUndefined();
    expect(recallSession("secret-a", false, "authjs.session-token=v2", now)).toBeUndefined();
    expect(
      recallSession("secret-a", false, "authjs.session-token=v1", now + 61_000),
    ).toBeUndefined();
    // Gone once expired, even for a clock that goes back.
    expect(recallSession("secret-a", false, "authjs.session-token=v1", now)).toBeUndefined();
  });

  it("hands out copies, so refreshing one from the database changes nothing kept", () => {
    const exp = Date.now() / 1000 + 60;
    rememberSession("s", false, "c=1", { sub: "u1", name: "Ana", exp });
    const first = recallSession("s", false, "c=1");
    if (first) first.name = "changed";
    expect(recallSession("s", false, "c=1")?.name).toBe("Ana");
  });

  it("keeps a bounded number, the oldest going first", () => {
    const exp = Date.now() / 1000 + 60;
    rememberSession("s", false, "first", { sub: "u0", exp });
    for (let i = 0; i < 2000; i++)
      rememberSession("s", false, `cookie-${i}`, { sub: `u${i}`, exp });
    expect(recallSession("s", false, "first")).toBeUndefined();
    expect(recallSession("s", false, "cookie-1999")?.sub).toBe("u1999");
  });
});
