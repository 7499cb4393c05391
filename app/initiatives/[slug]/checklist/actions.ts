"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { moveChecklist } from "@/lib/toolkit/templates";
import { moveChecklistInput } from "@/lib/validation/toolkit-admin";

export const moveChecklistAction = formAction(moveChecklistInput, async (input, { user, t }) => {
  const result = await moveChecklist(user, input.initiativeId, input.version);
  if (result !== "ok") return { status: "error", message: t(`toolkitAdmin.errors.${result}`) };
  revalidatePath("/initiatives/[slug]", "layout");
  return { status: "success", message: t("toolkitAdmin.moved", { version: input.version }) };
});
