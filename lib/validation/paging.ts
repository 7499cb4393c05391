import { z } from "zod";

/** A page number from the address; anything else is the first page. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** How many pages `total` rows fill at `size` a page; an empty list is one (empty) page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows a query reads for page `page` (from 1) at `size` a page. */
export function pageWindow(page: number, size: number): { limit: number; offset: number } {
  return { limit: size, offset: (page - 1) * size };
}
