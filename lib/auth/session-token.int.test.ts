import { encode, type JWT } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bumpSessionVersion, setDisabled, setPassword } from "@/db/queries/users";
import { createPerson } from "@/db/testing/factories";
import {
  actorFromCookies,
  actorFromToken,
  refreshSessionToken,
  sessionCookieIsSecure,
} from "./session-token";

// Counts the decryptions, to tell a remembered session from one decrypted again.
const decrypts = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const jwt = await importOriginal<typeof import("next-auth/jwt")>();
  return {
    ...jwt,
    getToken: (...args: Parameters<typeof jwt.getToken>) => {
      decrypts.count += 1;
      return jwt.getToken(...args);
    },
  };
});

describe("JWT sessions checked against the database", () => {
  it("stamps the session version at sign-in and keeps the session while it matches", async () => {
    const person = await createPerson({ name: "Lucía" });
    const token = await refreshSessionToken({}, person.id);
    expect(token).toMatchObject({ sub: person.id, sv: 0, name: "Lucía", steward: false });
    expect(await refreshSessionToken({ ...token }, undefined)).not.toBeNull();
  });

  it.each([
    ["sign out everywhere", (id: string) => bumpSessionVersion(id)],
    ["a password change", (id: string) => setPassword(id, "new-hash")],
    ["a steward disabling the account", (id: string) => setDisabled(id, true)],
  ])("ends every existing session after %s", async (_label, change) => {
    const person = await createPerson();
    const token = await refreshSessionToken({}, person.id);
    if (!token) throw new Error("no token");
    await change(person.id);
    expect(await refreshSessionToken({ ...token }, undefined)).toBeNull();
  });

  it("refuses tokens without a subject or for deleted people", async () => {
    expect(await refreshSessionToken({}, undefined)).toBeNull();
    expect(await refreshSessionToken({ sub: crypto.randomUUID(), sv: 0 }, undefined)).toBeNull();
  });

  it("reflects steward status from the database and from STEWARD_EMAILS", async () => {
    const steward = await createPerson({ isSteward: true });
    expect((await refreshSessionToken({}, steward.id))?.steward).toBe(true);
    const named = await createPerson();
    process.env.STEWARD_EMAILS = `someone@else.org, ${named.email.toUpperCase()}`;
    try {
      expect((await refreshSessionToken({}, named.id))?.steward).toBe(true);
    } finally {
      delete process.env.STEWARD_EMAILS;
    }
  });
});

describe("the session a page reads from its cookie", () => {
  const secret = "a-test-secret-of-forty-three-characters-xx";
  const plain = "authjs.session-token";
  const secure = `__Secure-${plain}`;
  beforeEach(() => {
    process.env.AUTH_SECRET = secret;
  });
  afterEach(() => {
    delete process.env.AUTH_SECRET;
    delete process.env.AUTH_URL;
  });

  /** A cookie the way Auth.js issues it at sign-in: the token encrypted, salted with its name. */
  async function signedIn(
    userId: string,
    options: { cookie?: string; secret?: string; maxAge?: number; token?: JWT } = {},
  ) {
    const cookie = options.cookie ?? plain;
    const token = options.token ?? (await refreshSessionToken({}, userId));
    if (!token) throw new Error("no token");
    const value = await encode({
      token,
      secret: options.secret ?? secret,
      salt: cookie,
      ...(options.maxAge === undefined ? {} : { maxAge: options.maxAge }),
    });
    return `theme=dark; ${cookie}=${value}`;
  }

  it("names the person, as the database has them now", async () => {
    const person = await createPerson({ name: "Lucía", isSteward: true });
    expect(await actorFromCookies(await signedIn(person.id), false)).toEqual({
      id: person.id,
      name: "Lucía",
      email: person.email,
      isSteward: true,
    });
    expect(await actorFromCookies("", false)).toBeNull();
    expect(await actorFromCookies("theme=dark", false)).toBeNull();
    // A token without an address names nobody, here and on Auth.js's session endpoint.
    expect(actorFromToken({ sub: person.id })).toBeNull();
  });

  it("reads only the cookie Auth.js would use: __Secure- on https, the plain one on http", async () => {
    const person = await createPerson();
    const overHttps = await signedIn(person.id, { cookie: secure });
    const overHttp = await signedIn(person.id);
    expect((await actorFromCookies(overHttps, true))?.id).toBe(person.id);
    expect((await actorFromCookies(overHttp, false))?.id).toBe(person.id);
    // A plain cookie (one anybody on the network can set over http) is no session on https.
    expect(await actorFromCookies(overHttp, true)).toBeNull();
    expect(await actorFromCookies(overHttps, false)).toBeNull();
  });

  it("decides https by AUTH_URL first, then by the forwarded protocol, https when unsaid", () => {
    expect(sessionCookieIsSecure("http")).toBe(false);
    expect(sessionCookieIsSecure("https")).toBe(true);
    expect(sessionCookieIsSecure(null)).toBe(true);
    process.env.AUTH_URL = "https://padrinazgo.example.org";
    expect(sessionCookieIsSecure("http")).toBe(true);
    process.env.AUTH_URL = "http://localhost:3000";
    expect(sessionCookieIsSecure("https")).toBe(false);
  });

  it("refuses a forged, altered, expired, misnamed, unknown or ended session", async () => {
    const person = await createPerson();
    const good = await signedIn(person.id);
    const altered = `${good.slice(0, -6)}${good.slice(-6).split("").reverse().join("")}`;
    const refused = [
      await signedIn(person.id, { secret: "somebody-elses-secret-of-forty-three-chars" }),
      altered,
      await signedIn(person.id, { maxAge: -60 }),
      // Sealed for the https name but sent under the plain one: the salt does not match.
      (await signedIn(person.id, { cookie: secure })).replace(secure, plain),
      // Well sealed, but for nobody the database knows.
      await signedIn(person.id, { token: { sub: crypto.randomUUID(), sv: 0 } }),
    ];
    for (const cookie of refused) expect(await actorFromCookies(cookie, false)).toBeNull();

    await bumpSessionVersion(person.id);
    expect(await actorFromCookies(good, false)).toBeNull();
  });

  it("decrypts a cookie once, and checks the account on every read", async () => {
    const person = await createPerson({ name: "Inés" });
    const cookie = await signedIn(person.id);
    const before = decrypts.count;
    expect((await actorFromCookies(cookie, false))?.name).toBe("Inés");
    expect(
      (await actorFromCookies(`lang=pt; ${cookie.replace("theme=dark; ", "")}`, false))?.id,
    ).toBe(person.id);
    expect(decrypts.count).toBe(before + 1);
    await setDisabled(person.id, true);
    expect(await actorFromCookies(cookie, false)).toBeNull();
    // Another secret decrypts again, and this cookie was not sealed with it.
    process.env.AUTH_SECRET = "another-test-secret-of-forty-three-chars-x";
    expect(await actorFromCookies(cookie, false)).toBeNull();
    expect(decrypts.count).toBe(before + 2);
  });

  it("ends a remembered session when its token expires", async () => {
    const person = await createPerson();
    const cookie = await signedIn(person.id, { maxAge: 60 });
    expect((await actorFromCookies(cookie, false))?.id).toBe(person.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 120_000);
      expect(await actorFromCookies(cookie, false)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("is nobody when the server has no secret", async () => {
    const person = await createPerson();
    const cookie = await signedIn(person.id);
    delete process.env.AUTH_SECRET;
    expect(await actorFromCookies(cookie, false)).toBeNull();
  });
});
