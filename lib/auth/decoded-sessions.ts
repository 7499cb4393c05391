// Session cookies already decrypted by this process, so that a signed-in person's next page
// does not decrypt the same cookie again: Auth.js derives the key and decrypts the JWE
// (AES-CBC and an HMAC, a derived-key thumbprint, a constant-time compare) on every call,
// about 0.6 ms of each signed-in page. Only what decrypted is kept, under the exact cookie
// value and secret it came from; the database's check of the account still runs on every
// request (refreshSessionToken), so a disabled account or a sign-out everywhere still ends
// the session at once.
import type { JWT } from "next-auth/jwt";

/** Enough for every person signed in on one server at a time; the oldest go first. */
const CAPACITY = 2000;

const decoded = new Map<string, JWT>();

/**
 * The session cookie's value as the request carries it (Auth.js splits a large token into
 * `name.0`, `name.1`…), under the name Auth.js reads; empty when there is none.
 */
export function sessionCookieValue(cookieHeader: string, secureCookie: boolean): string {
  const name = `${secureCookie ? "__Secure-" : ""}authjs.session-token`;
  return cookieHeader
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`) || part.startsWith(`${name}.`))
    .sort()
    .join("; ");
}

const keyOf = (secret: string, secureCookie: boolean, value: string) =>
  `${secureCookie ? "s" : "p"}\u0000${secret}\u0000${value}`;

/** A copy of the claims decrypted before from this cookie, while they have not expired. */
export function recallSession(
  secret: string,
  secureCookie: boolean,
  value: string,
  now = Date.now(),
): JWT | undefined {
  const key = keyOf(secret, secureCookie, value);
  const claims = decoded.get(key);
  if (!claims) return undefined;
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= now) {
    decoded.delete(key);
    return undefined;
  }
  // The caller refreshes the claims from the database in place.
  return { ...claims };
}

export function rememberSession(
  secret: string,
  secureCookie: boolean,
  value: string,
  claims: JWT,
): void {
  if (decoded.size >= CAPACITY) {
    const oldest = decoded.keys().next();
    if (!oldest.done) decoded.delete(oldest.value);
  }
  decoded.set(keyOf(secret, secureCookie, value), { ...claims });
}
