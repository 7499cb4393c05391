import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { resolveSlug } from "@/db/queries/initiatives";
import { getRole } from "@/db/queries/memberships";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * The initiative behind a URL, following renamed slugs with a permanent redirect, plus
 * what the current person is to it. Once per request.
 */
export const loadInitiative = cache(async (slug: string, subpath = "") => {
  // Who is asking does not depend on the slug: both in one round trip.
  const [resolved, user] = await Promise.all([resolveSlug(slug), getCurrentUser()]);
  if (!resolved) notFound();
  if ("movedTo" in resolved) permanentRedirect(`/initiatives/${resolved.movedTo}${subpath}`);
  const role = user ? await getRole(resolved.initiative.id, user.id) : null;
  return { initiative: resolved.initiative, user, role };
});
