import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { openDatabase } from "../db/index";
import { adminUrl, databaseUrl } from "../db/testing/urls";
import { prepareDatabase, startInstance } from "./instance";

const DEMO_PASSWORD = "demo-padrinazgo-2026";

/** Auth.js's own credentials endpoint, as a browser form would post it; returns Set-Cookie. */
async function signIn(base: string, email: string, password: string, headers = {}) {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/account` }),
  });
  return { csrfCookies: csrf.headers.getSetCookie(), cookies: response.headers.getSetCookie() };
}

const sessionCookie = (cookies: string[]) => cookies.find((c) => /authjs\.session-token=/.test(c));

test("behind https, cookies are Secure with the __Host-/__Secure- prefixes, HttpOnly and SameSite, and HSTS is sent", async ({
  browserName: _browser,
}, info) => {
  test.skip(info.project.name !== "pglite", "one https instance is enough");
  test.setTimeout(120_000);
  const database = await prepareDatabase();
  const server = await startInstance(3105, database.env, "https://localhost:3105");
  try {
    const https = { "x-forwarded-proto": "https" };
    const { csrfCookies, cookies } = await signIn(
      server.url,
      "steward@demo.padrinazgo.org",
      DEMO_PASSWORD,
      https,
    );
    const csrf = csrfCookies.find((c) => c.includes("csrf-token"));
    expect(csrf).toMatch(/^__Host-authjs\.csrf-token=/);
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; HttpOnly/i);
    const session = sessionCookie(cookies);
    expect(session).toMatch(/^__Secure-authjs\.session-token=/);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);

    const page = await fetch(`${server.url}/`, { headers: https });
    const hsts = page.headers.get("strict-transport-security") ?? "";
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(page.headers.get("x-powered-by")).toBeNull();
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  } finally {
    await server.stop();
    database.remove();
  }
});

test("two instances on one PostgreSQL share sessions and sign-in limits", async ({
  browserName: _browser,
}, info) => {
  test.skip(info.project.name !== "postgres", "needs a shared PostgreSQL");
  test.setTimeout(180_000);
  const name = `pz_two_${randomBytes(4).toString("hex")}`;
  const admin = openDatabase({ url: adminUrl() });
  await admin.db.execute(`create database ${name}`);
  const database = await prepareDatabase(databaseUrl(name));
  const a = await startInstance(3106, database.env);
  const b = await startInstance(3107, database.env);
  try {
    // A session made on A is good on B.
    const { cookies } = await signIn(a.url, "steward@demo.padrinazgo.org", DEMO_PASSWORD);
    const session = sessionCookie(cookies)?.split(";")[0];
    expect(session).toBeTruthy();
    const onB = await fetch(`${b.url}/account`, {
      headers: { cookie: session ?? "" },
      redirect: "manual",
    });
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain("steward@demo.padrinazgo.org");

    // Five wrong passwords on A lock the account for this address on B too.
    const who = "lead.argentina@demo.padrinazgo.org";
    const from = { "x-forwarded-for": "198.51.100.23" };
    for (let i = 0; i < 5; i += 1) {
      expect(sessionCookie((await signIn(a.url, who, "not the password", from)).cookies)).toBe(
        undefined,
      );
    }
    const refused = await signIn(b.url, who, DEMO_PASSWORD, from);
    expect(sessionCookie(refused.cookies)).toBe(undefined);
    // The limit is per account and address: the same person from elsewhere still gets in.
    const elsewhere = await signIn(b.url, who, DEMO_PASSWORD, {
      "x-forwarded-for": "203.0.113.99",
    });
    expect(sessionCookie(elsewhere.cookies)).toBeTruthy();
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    database.remove();
    await admin.db.execute(`drop database if exists ${name} with (force)`);
    await admin.close();
  }
});
