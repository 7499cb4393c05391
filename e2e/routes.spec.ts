import { expect, type Page, test } from "@playwright/test";
import { signInWithPassword } from "./helpers";

const PANAMA = "/initiatives/dialogo-de-gobernanza-de-internet-de-panama";
type Who = "visitor" | "lead" | "steward";
type Outcome = "page" | "sign-in" | "forbidden" | "elsewhere" | "refused";

/** Every protected route and what each kind of person gets. */
const ROUTES: Record<string, Record<Who, Outcome>> = {
  "/account": { visitor: "sign-in", lead: "page", steward: "page" },
  "/my-network": { visitor: "sign-in", lead: "page", steward: "page" },
  "/notifications": { visitor: "sign-in", lead: "page", steward: "page" },
  "/stewards": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/map": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/check-ins": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/matching": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/audit": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/exports": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/people": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/verification": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/toolkit": { visitor: "sign-in", lead: "forbidden", steward: "page" },
  "/stewards/exports/initiatives?format=json": {
    visitor: "refused",
    lead: "refused",
    steward: "page",
  },
  [`${PANAMA}/edit`]: { visitor: "sign-in", lead: "page", steward: "forbidden" },
  // Members are for the initiative's own people: others go back to its public page.
  [`${PANAMA}/members`]: { visitor: "sign-in", lead: "page", steward: "elsewhere" },
  [`${PANAMA}/history`]: { visitor: "sign-in", lead: "page", steward: "page" },
};

function outcomeOf(status: number, location: string): Outcome {
  if (status === 401 || status === 403) return "refused";
  if (status >= 300 && status < 400 && location.includes("/sign-in")) return "sign-in";
  if (status >= 300 && status < 400 && location.includes("/forbidden")) return "forbidden";
  if (status >= 300 && status < 400) return "elsewhere";
  return status === 200 ? "page" : "refused";
}

async function signIn(page: Page, who: Who) {
  if (who === "visitor") return;
  await page.goto("/sign-in");
  const email = who === "lead" ? "lead.panama" : "steward";
  await signInWithPassword(page, `${email}@demo.padrinazgo.org`, "demo-padrinazgo-2026");
  await expect(page).toHaveURL(/\/account$/);
}

for (const who of ["visitor", "lead", "steward"] as const) {
  test(`every protected route answers the ${who} as the table says`, async ({ page }) => {
    await signIn(page, who);
    const got: Record<string, Outcome> = {};
    const want: Record<string, Outcome> = {};
    for (const [path, expected] of Object.entries(ROUTES)) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      got[path] = outcomeOf(response.status(), response.headers().location ?? "");
      want[path] = expected[who];
    }
    expect(got).toEqual(want);
  });
}
