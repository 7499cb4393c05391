import { redirect } from "next/navigation";
import { isActiveMentorOf } from "@/db/queries/workspace";
import { canEditChecklist, canReadChecklist } from "@/lib/toolkit/access";
import { loadInitiative } from "../load";

/** The initiative behind a checklist URL, if this viewer may read its checklist. */
export async function loadReadableChecklist(slug: string, subpath: string) {
  const loaded = await loadInitiative(slug, subpath);
  const isMentor = loaded.user
    ? await isActiveMentorOf(loaded.initiative.id, loaded.user.id)
    : false;
  const viewer = loaded.user
    ? { role: loaded.role, isSteward: loaded.user.isSteward, isMentor }
    : null;
  if (!canReadChecklist(viewer, loaded.initiative.checklistPublic)) {
    if (!loaded.user)
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/initiatives/${slug}${subpath}`)}`);
    redirect("/forbidden");
  }
  return {
    ...loaded,
    canEdit: canEditChecklist(loaded.role),
    canComment: Boolean(loaded.role) || isMentor,
  };
}
