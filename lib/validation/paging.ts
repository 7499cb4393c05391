import { z } from "zod";
import type { ListWindow } from "@/db/queries/window";

/** A page number from the address; anything else is the first page. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** How many pages `total` rows fill at `size` a page; an empty list is one (empty) page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows a query reads for page `page` (from 1) at `size` a page. */
export function pageWindow(page: number, size: number): Required<ListWindow> {
  return { limit: size, offset: (page - 1) * size };
}

/**
 * A paged list's address: its filters without the empty ones, and its page numbers
 * (`pages`: one list or several on the page) only past the first, so that every first page
 * has one address.
 */
export function listHref(
  path: string,
  filters: Record<string, string | undefined>,
  pages: Record<string, number> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  for (const [key, page] of Object.entries(pages)) if (page > 1) query.set(key, String(page));
  return query.size ? `${path}?${query}` : path;
}
