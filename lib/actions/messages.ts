import type { Translator } from "@/lib/i18n/messages";
import type { FormState } from "./state";

/** "Too many attempts; try again in N minutes", in the reader's language. */
export function rateLimitedState(t: Translator, retryAt: Date, now = Date.now()): FormState {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now) / 60_000));
  return { status: "error", message: t("errors.rateLimited", { minutes }) };
}

export function errorState(message: string): FormState {
  return { status: "error", message };
}
