import type { Translator } from "@/lib/i18n/messages";
import type { MembershipResult } from "@/lib/initiatives/membership";
import type { FormState } from "./state";

/** A membership outcome as the form shows it: the success text, or the localized refusal. */
export function membershipState(
  result: MembershipResult,
  t: Translator,
  success: string,
): FormState {
  if (result === "ok") return { status: "success", message: success };
  return { status: "error", message: t(`members.errors.${result}`) };
}
