import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { actorFromCookies, sessionCookieIsSecure } from "./session-token";

export type Actor = { id: string; name: string | null; email: string; isSteward: boolean };

/** The signed-in person for this request, or null; once per request. */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const request = await headers();
  return actorFromCookies(
    request.get("cookie") ?? "",
    sessionCookieIsSecure(request.get("x-forwarded-proto")),
  );
});

/** For protected pages: sends a signed-out visitor to sign in and back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireSteward(returnTo: string): Promise<Actor> {
  const user = await requireUser(returnTo);
  if (!user.isSteward) redirect("/forbidden");
  return user;
}
