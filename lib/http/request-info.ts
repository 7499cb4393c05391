/**
 * The client address as the nearest proxy reports it. Next.js fills X-Forwarded-For from
 * the socket only when absent, so production must run behind a proxy that sets it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip") || "unknown";
}

/** The app's public origin for links in e-mails; never taken from the Host header. */
export function appUrl(path = "/"): string {
  const base =
    process.env.AUTH_URL ?? process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
