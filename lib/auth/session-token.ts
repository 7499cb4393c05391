import type { JWT } from "next-auth/jwt";
import type { Executor } from "@/db";
import { getDb } from "@/db";
import { getSessionState } from "@/db/queries/users";
import { isStewardByEnv } from "./stewards";

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
