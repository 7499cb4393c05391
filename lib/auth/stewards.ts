/** Stewards named by the STEWARD_EMAILS environment variable (comma-separated). */
export function isStewardByEnv(email: string | null | undefined): boolean {
  if (!email) return false;
  const list = (process.env.STEWARD_EMAILS ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  return list.includes(email.toLowerCase());
}
