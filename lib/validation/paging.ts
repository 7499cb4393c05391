import { z } from "zod";

/** A page number from the address; anything else is the first page. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);
