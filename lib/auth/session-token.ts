import { getToken, type JWT } from "next-auth/jwt";
import type { Executor } from "@/db";
import { getDb } from "@/db";
import { getSessionState } from "@/db/queries/users";
import type { Actor } from "./session";
import { isStewardByEnv } from "./stewards";

const SESSION_COOKIE = "authjs.session-token";
// Browsers keep a __Secure- cookie only from an https origin, so its presence says which
// name (and salt) Auth.js used when it set the session.
const SECURE_PREFIX = "__Secure-";

/** The secrets Auth.js encrypts sessions with: the current one first, then rotated-out ones. */
export function authSecrets(): string[] {
  const env = process.env;
  const secrets = [env.AUTH_SECRET, env.AUTH_SECRET_1, env.AUTH_SECRET_2, env.AUTH_SECRET_3];
  return secrets.filter((s): s is string => Boolean(s));
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
  db: Executor = getDb(),
): Promise<Actor | null> {
  const secret = authSecrets();
  if (secret.length === 0) return null;
  const secureCookie = cookieHeader.includes(`${SECURE_PREFIX}${SESSION_COOKIE}`);
  // Only the cookie: getToken would also take a bearer token, which no page accepts.
  const decoded = await getToken({
    req: { headers: { cookie: cookieHeader } },
    secret,
    secureCookie,
  });
  const token = decoded && (await refreshSessionToken(decoded, undefined, db));
  if (!token?.sub || !token.email) return null;
  return {
    id: token.sub,
    name: token.name ?? null,
    email: token.email,
    isSteward: token.steward === true,
  };
}
