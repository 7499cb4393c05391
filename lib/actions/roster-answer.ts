import type { Translator } from "@/lib/i18n/messages";
import type { RosterResult } from "@/lib/initiatives/roster";
import type { FormState } from "./state";

/** A committee or meeting change as the form shows it. */
export function rosterState(
  result: RosterResult,
  t: Translator,
  area: "committee" | "meetings",
  success: string,
): FormState {
  if (result === "ok") return { status: "success", message: success };
  return { status: "error", message: t(`${area}.errors.${result}`) };
}
