import { redirect } from "next/navigation";
import { canEditChecklist, canReadChecklist } from "@/lib/toolkit/access";
import { loadInitiative } from "../load";

/** The initiative behind a checklist URL, if this viewer may read its checklist. */
export async function loadReadableChecklist(slug: string, subpath: string) {
  const loaded = await loadInitiative(slug, subpath);
  const viewer = loaded.user ? { role: loaded.role, isSteward: loaded.user.isSteward } : null;
  if (!canReadChecklist(viewer, loaded.initiative.checklistPublic)) {
    if (!loaded.user)
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/initiatives/${slug}${subpath}`)}`);
    redirect("/forbidden");
  }
  return { ...loaded, canEdit: canEditChecklist(loaded.role) };
}
