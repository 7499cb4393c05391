"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { updateInitiative } from "@/lib/initiatives/registry";
import { initiativeUpdateInput } from "@/lib/validation/initiative";

export const updateInitiativeAction = formAction(
  initiativeUpdateInput,
  async ({ initiativeId, ...input }, { user, t }) => {
    const result = await updateInitiative(user, initiativeId, input);
    if (result.ok) {
      revalidatePath(`/initiatives/${result.slug}`);
      redirect(`/initiatives/${result.slug}`);
    }
    if (result.error === "duplicate") {
      const message = t("initiativeForm.duplicate", { name: result.existing.name });
      return { status: "error", message, fieldErrors: { name: [message] } };
    }
    return {
      status: "error",
      message: t(
        result.error === "forbidden" ? "initiativeForm.forbidden" : "initiativeForm.notFound",
      ),
    };
  },
);
