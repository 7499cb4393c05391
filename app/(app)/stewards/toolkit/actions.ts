"use server";

import { revalidatePath } from "next/cache";
import type { ActionContext } from "@/lib/actions/context";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/state";
import {
  publishDraftVersion,
  retireDraftStep,
  saveDraftStep,
  startDraft,
  type TemplateResult,
} from "@/lib/toolkit/templates";
import { emptyInput } from "@/lib/validation/auth";
import { draftStepInput, publishInput, retireStepInput } from "@/lib/validation/toolkit-admin";

function answer(result: TemplateResult, t: ActionContext["t"], success: string): FormState {
  if (result !== "ok") return { status: "error", message: t(`toolkitAdmin.errors.${result}`) };
  revalidatePath("/stewards/toolkit");
  return { status: "success", message: success };
}

export const startDraftAction = formAction(emptyInput, async (_input, { user, t }) =>
  answer(await startDraft(user), t, t("toolkitAdmin.draftStarted")),
);

export const saveDraftStepAction = formAction(draftStepInput, async (input, { user, t }) =>
  answer(await saveDraftStep(user, input), t, t("toolkitAdmin.stepSaved")),
);

export const retireDraftStepAction = formAction(retireStepInput, async (input, { user, t }) =>
  answer(await retireDraftStep(user, input.key), t, t("toolkitAdmin.stepRetired")),
);

export const publishDraftAction = formAction(publishInput, async (input, { user, t }) =>
  answer(await publishDraftVersion(user, input.notes), t, t("toolkitAdmin.published")),
);
