"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { dateFormat } from "@/lib/i18n/format";
import { commentOnStep } from "@/lib/mentorship/workspace";
import { updateStep } from "@/lib/toolkit/checklist";
import { stepUpdateInput } from "@/lib/validation/checklist";
import { stepCommentInput } from "@/lib/validation/workspace";

export const updateStepAction = formAction(stepUpdateInput, async (input, { user, t, locale }) => {
  const result = await updateStep(user, input);
  if (result.ok) {
    revalidatePath("/initiatives/[slug]", "layout");
    return {
      status: "success",
      message: t("checklist.saved"),
      values: { revision: String(result.revision) },
    };
  }
  if (result.error === "conflict") {
    const current = result.current;
    const when = current
      ? dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(current.updatedAt)
      : "";
    return {
      status: "error",
      message: t("checklist.conflict", {
        name: current?.updatedByName ?? t("checklist.nobody"),
        status: t(`enums.status.${current?.status ?? "todo"}`),
        when,
      }),
      // The form keeps what this person typed, now against the revision they have seen.
      values: { revision: String(current?.revision ?? 0) },
    };
  }
  return { status: "error", message: t(`checklist.errors.${result.error}`) };
});

export const commentStepAction = formAction(stepCommentInput, async (input, { user, t }) => {
  const result = await commentOnStep(user, input);
  if (result !== "ok") return { status: "error", message: t(`workspace.errors.${result}`) };
  revalidatePath("/initiatives/[slug]", "layout");
  return { status: "success", message: t("checklist.commented") };
});
