import type { z } from "zod";
import type { Translator } from "@/lib/i18n/messages";

/** Turns zod issues (whose messages are catalog keys) into localized field errors. */
export function localizeIssues(error: z.ZodError, t: Translator): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const key = issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
    const bounds = issue as { minimum?: number | bigint; maximum?: number | bigint };
    const text = t(key as Parameters<Translator>[0], {
      min: Number(bounds.minimum ?? 0),
      max: Number(bounds.maximum ?? 0),
    });
    const list = out[field] ?? [];
    if (!list.includes(text)) list.push(text);
    out[field] = list;
  }
  return out;
}
