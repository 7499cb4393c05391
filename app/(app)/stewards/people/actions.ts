"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { errorState } from "@/lib/actions/messages";
import { setPersonDisabled } from "@/lib/auth/account";
import { personIdInput } from "@/lib/validation/auth";

function toggle(disabled: boolean) {
  return formAction(personIdInput, async (input, { user, t }) => {
    const result = await setPersonDisabled(user, input.userId, disabled);
    if (result !== "ok") return errorState(t(`people.errors.${result}`));
    revalidatePath("/stewards/people");
    return {
      status: "success",
      message: t(disabled ? "people.disabledDone" : "people.enabledDone"),
    };
  });
}

export const disablePersonAction = toggle(true);
export const enablePersonAction = toggle(false);
