import { getToken, type JWT } from "next-auth/jwt";
import type { Executor } from "@/db";
import { getDb } from "@/db";
import { getSessionState } from "@/db/queries/users";
import { recallSession, rememberSession, sessionCookieValue } from "./decoded-sessions";
import type { Actor } from "./session";
import { isStewardByEnv } from "./stewards";

/** The secret Auth.js seals sessions with, read the way next-auth reads it. */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}

/**
 * Whether sessions live in the `__Secure-` cookie, decided as Auth.js decides it for a page:
 * by the protocol of AUTH_URL, or else of the request as forwarded (https when unsaid).
 * Never by which cookies arrive: a cookie set over plain http must not stand in for it.
 */
export function sessionCookieIsSecure(forwardedProto: string | null): boolean {
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : (forwardedProto ?? "https");
  return protocol.replace(/:$/, "") === "https";
}

/**
 * Checks a JWT against the database on every request: a disabled account or a bumped
 * session version (sign-out everywhere, password change) ends the session (null).
 * At sign-in (`signingInUserId`) the token takes the current version.
 */
export async function refreshSessionToken(
  token: JWT,
  signingInUserId: string | undefined,
  db: Executor = getDb(),
): Promise<JWT | null> {
  const userId = signingInUserId ?? token.sub;
  if (!userId) return null;
  const state = await getSessionState(userId, db);
  if (!state || state.disabledAt) return null;
  if (signingInUserId) token.sv = state.sessionVersion;
  else if (token.sv !== state.sessionVersion) return null;
  token.sub = state.id;
  token.name = state.name;
  token.email = state.email;
  token.steward = state.isSteward || isStewardByEnv(state.email);
  return token;
}

/**
 * The person a request's session cookie names, or null. The same checks as Auth.js's
 * session endpoint (decrypt and expiry, then `refreshSessionToken`) without issuing a
 * refreshed token: a server component could not set it, and encrypting it again on every
 * page was a third of what a signed-in page spent on its session.
 */
export async function actorFromCookies(
  cookieHeader: string,
  secureCookie: boolean,
  db: Executor = getDb(),
): Promise<Actor | null> {
  const secret = authSecret();
  if (!secret) return null;
  const value = sessionCookieValue(cookieHeader, secureCookie);
  if (!value) return null;
  let decoded = recallSession(secret, secureCookie, value);
  if (!decoded) {
    // Only the cookie: getToken would also take a bearer token, which no page accepts.
    decoded =
      (await getToken({ req: { headers: { cookie: value } }, secret, secureCookie })) ?? undefined;
    if (decoded) rememberSession(secret, secureCookie, value, decoded);
  }
  const token = decoded && (await refreshSessionToken(decoded, undefined, db));
  return token ? actorFromToken(token) : null;
}

/** The person a checked token names, for the pages and for Auth.js's session endpoint alike. */
export function actorFromToken(token: JWT): Actor | null {
  if (!token.sub || !token.email) return null;
  return {
    id: token.sub,
    name: token.name ?? null,
    email: token.email,
    isSteward: token.steward === true,
  };
}
