"use server";

import { revalidatePath } from "next/cache";
import type { ActionContext } from "@/lib/actions/context";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/state";
import {
  recordRecognition,
  type StewardResult,
  unverifyInitiative,
  verifyInitiative,
} from "@/lib/initiatives/verification";
import { recognitionInput, unverifyInput, verifyInput } from "@/lib/validation/verification";

function answer(
  result: StewardResult,
  t: ActionContext["t"],
  done: "verified" | "unverified" | "recognized",
): FormState {
  if (result !== "ok") return { status: "error", message: t(`verification.errors.${result}`) };
  revalidatePath("/", "layout");
  return { status: "success", message: t(`verification.${done}`) };
}

export const verifyInitiativeAction = formAction(verifyInput, async (input, { user, t }) =>
  answer(await verifyInitiative(user, input.initiativeId, input.recognizedOn), t, "verified"),
);

export const unverifyInitiativeAction = formAction(unverifyInput, async (input, { user, t }) =>
  answer(await unverifyInitiative(user, input.initiativeId, input.reason), t, "unverified"),
);

export const recordRecognitionAction = formAction(recognitionInput, async (input, { user, t }) =>
  answer(await recordRecognition(user, input.initiativeId, input.recognizedOn), t, "recognized"),
);
