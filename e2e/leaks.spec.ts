import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { signInWithPassword } from "./helpers";

const DEMO_PASSWORD = "demo-padrinazgo-2026";
const SECRET = process.env.AUTH_SECRET ?? "";

// What must never reach a browser: the signing secret, password hashes, server-only code.
const FORBIDDEN = [
  SECRET,
  "$argon2id$",
  "password_hash",
  "passwordHash",
  "DATABASE_URL",
  "AUTH_SECRET",
  "drizzle-orm",
  "@electric-sql/pglite",
  "postgres://",
];

function leaksIn(text: string): string[] {
  return FORBIDDEN.filter((marker) => marker && text.includes(marker));
}

const PAGES: Record<string, string[]> = {
  steward: [
    "/account",
    "/stewards",
    "/stewards/map",
    "/stewards/check-ins",
    "/stewards/people",
    "/stewards/matching",
    "/stewards/audit",
    "/stewards/exports/initiatives?format=json",
    "/stewards/exports/mentorships?format=csv",
    "/my-network",
    "/initiatives/dialogo-de-gobernanza-de-internet-de-panama",
  ],
  "lead.panama": [
    "/account",
    "/my-network",
    "/my-initiatives",
    "/notifications",
    "/initiatives/dialogo-de-gobernanza-de-internet-de-panama/members",
    "/initiatives/dialogo-de-gobernanza-de-internet-de-panama/history",
  ],
};

async function signInAs(page: Page, who: string) {
  await page.goto("/sign-in");
  await signInWithPassword(page, `${who}@demo.padrinazgo.org`, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
}

for (const [who, paths] of Object.entries(PAGES)) {
  test(`no secret, hash or server-only code in what ${who} receives`, async ({ page }) => {
    const bodies: string[] = [];
    page.on("response", async (response) => {
      const type = response.headers()["content-type"] ?? "";
      if (/html|json|text|javascript|x-component/.test(type))
        bodies.push(await response.text().catch(() => ""));
    });
    await signInAs(page, who);
    for (const path of paths) await page.goto(path).catch(() => undefined);
    await page.waitForLoadState("networkidle");
    expect(bodies.length).toBeGreaterThan(paths.length);
    expect(bodies.flatMap(leaksIn)).toEqual([]);
  });
}

test("the built client bundle holds no secret and no server-only code", async ({
  browserName: _browser,
}, info) => {
  test.skip(info.project.name !== "pglite", "one build, read once");
  const root = join(process.cwd(), ".next", "static");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".js"),
  );
  expect(files.length).toBeGreaterThan(10);
  const found = files.flatMap((f) =>
    leaksIn(readFileSync(join(root, f), "utf8")).map((marker) => `${f}: ${marker}`),
  );
  expect(found).toEqual([]);
});

test("spoofed internal headers change nothing on protected pages", async ({ request }) => {
  for (const value of [
    "middleware",
    "middleware:middleware:middleware:middleware:middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  ]) {
    for (const path of ["/stewards", "/account", "/stewards/exports/initiatives"]) {
      const response = await request.get(path, {
        headers: { "x-middleware-subrequest": value },
        maxRedirects: 0,
      });
      expect([307, 401], `${path} with ${value}`).toContain(response.status());
    }
  }
});

test("a server action posted from a foreign origin is refused and writes nothing", async ({
  page,
}) => {
  await signInAs(page, "steward");
  await page.goto("/stewards/matching");
  const runs = await page.getByRole("row").count();
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "runMatchingAction",
  )?.[0];
  expect(id).toBeTruthy();
  const response = await page.request.post("/stewards/matching", {
    headers: {
      "next-action": id ?? "",
      origin: "https://evil.example",
      "content-type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify([{ status: "idle" }, { penalty: "300" }]),
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  await page.reload();
  await expect(page.getByRole("row")).toHaveCount(runs);
});
