import type { Executor } from "@/db";
import { getDb } from "@/db";
import { getCredentialsByEmail } from "@/db/queries/users";
import { verifyPassword } from "./password";
import { forgiveSignInAttempt, takeSignInAttempt } from "./rate-limit";

export class SignInRateLimitedError extends Error {
  constructor(readonly retryAt: Date) {
    super("rate_limited");
  }
}

/**
 * Checks an e-mail and password. Unknown e-mail, wrong password and disabled account all
 * return null after the same hashing work, so none can be told apart.
 */
export async function authorizeCredentials(
  input: { email: string; password: string },
  ip: string,
  db: Executor = getDb(),
): Promise<{ id: string; name: string | null; email: string } | null> {
  const decision = await takeSignInAttempt(input.email, ip, db);
  if (!decision.allowed) throw new SignInRateLimitedError(decision.retryAt);
  const user = await getCredentialsByEmail(input.email, db);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok || user.disabledAt) return null;
  await forgiveSignInAttempt(input.email, ip, db);
  return { id: user.id, name: user.name, email: user.email };
}
