"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createInitiative } from "@/lib/initiatives/registry";
import { initiativeInput } from "@/lib/validation/initiative";

export const createInitiativeAction = formAction(initiativeInput, async (input, { user, t }) => {
  const result = await createInitiative(user, input);
  if (!result.ok) {
    if (result.error !== "duplicate")
      return { status: "error", message: t("initiativeForm.forbidden") };
    return {
      status: "error",
      message: t("initiativeForm.duplicate", { name: result.existing.name }),
      fieldErrors: { name: [t("initiativeForm.duplicate", { name: result.existing.name })] },
      link: {
        href: `/initiatives/${result.existing.slug}`,
        label: t("initiativeForm.duplicateLink", { name: result.existing.name }),
      },
    };
  }
  redirect(`/initiatives/${result.slug}`);
});
