import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { loadInitiative } from "./load";

/** For the initiative's management pages: signed in, and a lead of this initiative. */
export async function loadForLead(slug: string, subpath: string) {
  await requireUser(`/initiatives/${slug}${subpath}`);
  const loaded = await loadInitiative(slug, subpath);
  if (loaded.role !== "lead") redirect("/forbidden");
  return loaded;
}
