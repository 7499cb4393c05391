import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./config";

export type Actor = { id: string; name: string | null; email: string; isSteward: boolean };

/** The signed-in person for this request, or null; once per request. */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, name: user.name ?? null, email: user.email, isSteward: user.isSteward };
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
