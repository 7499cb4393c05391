"use server";

import { revalidatePath } from "next/cache";
import type { ActionContext } from "@/lib/actions/context";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/state";
import {
  changeOfferStatus,
  closeHelpRequest,
  type ListingResult,
  publishOffer,
  publishRequest,
} from "@/lib/mentorship/listings";
import {
  closeRequestInput,
  offerInput,
  offerStatusInput,
  requestInput,
} from "@/lib/validation/mentorship";

function answer(result: ListingResult, t: ActionContext["t"], success: string): FormState {
  if (result !== "ok") return { status: "error", message: t(`mentorship.errors.${result}`) };
  revalidatePath("/", "layout");
  return { status: "success", message: success };
}

export const publishOfferAction = formAction(offerInput, async (input, { user, t }) =>
  answer(await publishOffer(user, input), t, t("mentorship.offerPublished")),
);

export const offerStatusAction = formAction(offerStatusInput, async (input, { user, t }) =>
  answer(
    await changeOfferStatus(user, input.offerId, input.status),
    t,
    t("mentorship.statusChanged"),
  ),
);

export const publishRequestAction = formAction(requestInput, async (input, { user, t }) =>
  answer(await publishRequest(user, input), t, t("mentorship.requestPublished")),
);

export const closeRequestAction = formAction(closeRequestInput, async (input, { user, t }) =>
  answer(await closeHelpRequest(user, input.requestId), t, t("mentorship.requestClosed")),
);
