import { isNull } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listAwaitingVerification, VERIFICATION_PAGE_SIZE } from "@/db/queries/initiatives";
import { initiatives } from "@/db/schema";
import { insertInitiativeRow } from "@/db/testing/export-fixtures";
import { createPerson } from "@/db/testing/factories";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { redirectOf } from "@/lib/testing/helpers";
import VerificationQueuePage from "./page";

async function render(page?: string) {
  return renderToStaticMarkup(
    await VerificationQueuePage({ searchParams: Promise.resolve(page ? { page } : {}) }),
  );
}

const namesIn = (html: string) => [...html.matchAll(/>(Cola \d+)<\/a>/g)].map((m) => m[1]);

describe("the verification queue", () => {
  it("pages through every waiting initiative, oldest first, and says how many wait", async () => {
    const waitingBefore = (await listAwaitingVerification()).total;
    expect(waitingBefore).toBe(0);
    const count = VERIFICATION_PAGE_SIZE + 3;
    // Pairs registered at the same instant: the order must still be total across pages.
    for (let i = 0; i < count; i++)
      await insertInitiativeRow({
        name: `Cola ${String(i).padStart(2, "0")}`,
        createdAt: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 2))),
      });
    await insertInitiativeRow({ name: "Ya verificada", verifiedAt: new Date() });

    actAs(await createPerson({ isSteward: true }));
    setRequestLocale("en");
    const first = await render();
    expect(first).toContain(`${count} initiatives are waiting for verification; the oldest first.`);
    expect(first).toContain("Page 1 of 2");
    expect(first).toContain('href="/stewards/verification?page=2"');
    expect(first).not.toContain("Ya verificada");
    const second = await render("2");
    expect(second).toContain("Page 2 of 2");
    expect(second).toContain('href="/stewards/verification"');
    expect(second).not.toContain("?page=3");

    const shown = [...namesIn(first), ...namesIn(second)];
    expect(namesIn(first)).toHaveLength(VERIFICATION_PAGE_SIZE);
    // Within a registration instant the id decides, so only the pairs' order is loose.
    const day = (name: string | undefined) => Math.floor(Number(name?.slice(5)) / 2);
    expect(shown.map(day)).toEqual([...Array(count).keys()].map((i) => Math.floor(i / 2)));
    expect(new Set(shown).size).toBe(count);

    // A page past the last (its initiatives were just verified) says where to go.
    const past = await render("3");
    expect(past).toContain("This page has no waiting initiatives any more.");
    expect(past).toContain('href="/stewards/verification">Go to the first page');
    expect(past).not.toContain("Page 3 of 2");
    // Anything but a page number is the first page.
    expect(namesIn(await render("dos"))).toEqual(namesIn(first));

    setRequestLocale("es");
    expect(await render()).toContain(`${count} iniciativas esperan la verificación`);
    await getDb()
      .update(initiatives)
      .set({ verifiedAt: new Date() })
      .where(isNull(initiatives.verifiedAt));
    setRequestLocale("pt");
    const none = await render();
    expect(none).toContain("Nenhuma iniciativa");
    expect(none).not.toContain("Página 1 de");
  });

  it("is for stewards only", async () => {
    actAs(await createPerson());
    expect(await redirectOf(() => render())).toBe("/forbidden");
  });
});
