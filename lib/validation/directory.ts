import { z } from "zod";
import { INITIATIVE_KINDS, STAGES, SUB_REGIONS, WORK_LANGUAGES } from "@/db/schema/enums";
import { isCountryCode } from "@/lib/initiatives/countries";

// A directory URL is typed and shared by people: a bad value is dropped, never an error.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const directoryQuery = z.object({
  q: optional(z.string().trim().max(100)),
  kind: optional(z.enum(INITIATIVE_KINDS)),
  subRegion: optional(z.enum(SUB_REGIONS)),
  country: optional(z.string().refine(isCountryCode)),
  language: optional(z.enum(WORK_LANGUAGES)),
  stage: optional(z.enum(STAGES)),
  verified: optional(z.literal("1").transform(() => true)),
  offering: optional(z.literal("1").transform(() => true)),
  needsHelp: optional(z.literal("1").transform(() => true)),
  sort: optional(z.enum(["name", "newest", "oldest"])),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});

export type DirectoryQuery = z.output<typeof directoryQuery>;
