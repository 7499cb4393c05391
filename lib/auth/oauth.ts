/** OAuth providers, switched on by their environment variables. */
export function oauthProviders(): { id: string; name: string }[] {
  const list: { id: string; name: string }[] = [];
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET)
    list.push({ id: "github", name: "GitHub" });
  if (process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET)
    list.push({ id: "google", name: "Google" });
  return list;
}
