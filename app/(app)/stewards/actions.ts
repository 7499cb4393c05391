"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { remindCheckIn } from "@/lib/mentorship/check-ins";
import { remindInput } from "@/lib/validation/dashboard";

export const remindCheckInAction = formAction(remindInput, async (input, { user, t }) => {
  const result = await remindCheckIn(user, input.mentorshipId);
  if (result !== "ok") return { status: "error", message: t(`dashboard.errors.${result}`) };
  // The check-ins view lists the reminder; the figures view counts quiet mentorships.
  revalidatePath("/stewards/check-ins");
  revalidatePath("/stewards");
  return { status: "success", message: t("dashboard.reminded") };
});
