import type { Translator } from "@/lib/i18n/messages";
import type { LifecycleResult } from "@/lib/mentorship/lifecycle";
import type { FormState } from "./state";

export function lifecycleState(result: LifecycleResult, t: Translator, success: string): FormState {
  if (result.ok) return { status: "success", message: success };
  return { status: "error", message: t(`lifecycle.errors.${result.error}`) };
}
