import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/session";

/** Integration tests choose who is acting; the real session needs a Next.js request. */
let current: Actor | null = null;

export function actAs(user: Actor | null) {
  current = user;
}

export const sessionModule = {
  getCurrentUser: async () => current,
  requireUser: async (returnTo: string) => {
    if (!current) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
    return current;
  },
  requireSteward: async () => {
    if (!current?.isSteward) redirect("/forbidden");
    return current;
  },
};

/** Auth.js's signIn/signOut redirect on success; the fakes record the call and do the same. */
export const authCalls: { kind: "signIn" | "signOut"; args: unknown[] }[] = [];

export const authConfigModule = {
  signIn: async (...args: unknown[]) => {
    authCalls.push({ kind: "signIn", args });
    const options = args[1] as { redirectTo?: string } | undefined;
    redirect(options?.redirectTo ?? "/");
  },
  signOut: async (...args: unknown[]) => {
    authCalls.push({ kind: "signOut", args });
    const options = args[0] as { redirectTo?: string } | undefined;
    redirect(options?.redirectTo ?? "/");
  },
  handlers: {},
};
