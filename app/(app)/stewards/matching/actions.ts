"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionContext } from "@/lib/actions/context";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/state";
import {
  changeDraftOffer,
  discardRun,
  publishRun,
  removeDraft,
  restoreDraft,
  runNetworkMatching,
} from "@/lib/matching/network/run";
import {
  changeDraftInput,
  draftInput,
  publishRunInput,
  runInput,
  runMatchingInput,
} from "@/lib/validation/matching";

type Result = Awaited<ReturnType<typeof removeDraft>>;

function answer(result: Result, t: ActionContext["t"], done: string): FormState {
  if (result !== "ok") return { status: "error", message: t(`networkMatching.errors.${result}`) };
  revalidatePath("/stewards/matching", "layout");
  return { status: "success", message: t(`networkMatching.${done}` as "networkMatching.removed") };
}

export const runMatchingAction = formAction(runMatchingInput, async (input, { user, t }) => {
  const result = await runNetworkMatching(user, input);
  if (!result.ok) {
    // An empty network is not a failure: say what is missing.
    const tone = result.error === "no_requests" || result.error === "no_offers";
    return {
      status: tone ? "success" : "error",
      message: t(`networkMatching.errors.${result.error}`),
    };
  }
  revalidatePath("/stewards/matching");
  redirect(`/stewards/matching/${result.id}`);
});

export const removeDraftAction = formAction(draftInput, async (input, { user, t }) =>
  answer(await removeDraft(user, input.draftId), t, "removed"),
);

export const restoreDraftAction = formAction(draftInput, async (input, { user, t }) =>
  answer(await restoreDraft(user, input.draftId), t, "restored"),
);

export const changeDraftOfferAction = formAction(changeDraftInput, async (input, { user, t }) =>
  answer(await changeDraftOffer(user, input), t, "changed"),
);

export const publishRunAction = formAction(publishRunInput, async (input, { user, t }) => {
  const result = await publishRun(user, input);
  if (!result.ok) return { status: "error", message: t(`networkMatching.errors.${result.error}`) };
  revalidatePath("/", "layout");
  return {
    status: "success",
    message: t("networkMatching.publishedSummary", {
      published: result.published,
      refused: result.refused,
    }),
  };
});

export const discardRunAction = formAction(runInput, async (input, { user, t }) =>
  answer(await discardRun(user, input.runId), t, "discarded"),
);
