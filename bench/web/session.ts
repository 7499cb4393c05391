// Signs a person in the way a browser does (Auth.js credentials callback) and returns the
// cookie header their requests carry.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: baseUrl }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session;
}
