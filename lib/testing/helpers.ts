import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import { getDb } from "@/db";
import type { FormState } from "@/lib/actions/state";

export function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

export const idle: FormState = { status: "idle" };

/** Runs something expected to redirect and returns where it redirects to. */
export async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  expect.fail("expected a redirect");
}

export async function rowCount(table: PgTable): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(table);
  return row?.n ?? 0;
}

let sequence = 0;
/** A unique e-mail per call, so tests never depend on each other's rows. */
export function uniqueEmail(prefix = "person"): string {
  sequence += 1;
  return `${prefix}.${Date.now().toString(36)}.${sequence}@example.org`;
}
