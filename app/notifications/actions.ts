"use server";

import { revalidatePath } from "next/cache";
import { markAllRead } from "@/db/queries/notifications";
import { formAction } from "@/lib/actions/form-action";
import { emptyInput } from "@/lib/validation/auth";

export const markAllReadAction = formAction(emptyInput, async (_input, { user, t }) => {
  await markAllRead(user.id);
  revalidatePath("/", "layout");
  return { status: "success", message: t("notifications.marked") };
});
