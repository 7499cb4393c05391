import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a random AUTH_SECRET into the git-ignored .env.local once, so a fresh checkout
 * starts without anyone writing a .env by hand. Returns true when it wrote one.
 */
export function ensureLocalAuthSecret(cwd = process.cwd()): boolean {
  if (process.env.AUTH_SECRET) return false;
  const file = join(cwd, ".env.local");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (/^AUTH_SECRET=/m.test(current)) return false;
  const secret = randomBytes(32).toString("base64url");
  const prefix = current && !current.endsWith("\n") ? "\n" : "";
  appendFileSync(
    file,
    `${prefix}# Generated on first start; keep it private.\nAUTH_SECRET=${secret}\n`,
  );
  process.env.AUTH_SECRET = secret;
  return true;
}
