/** The PostgreSQL server named by TEST_DATABASE_URL, pointed at another database. */
export function databaseUrl(database: string): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export function adminUrl(): string {
  return databaseUrl(
    new URL(process.env.TEST_DATABASE_URL ?? "postgres://x/postgres").pathname.slice(1) ||
      "postgres",
  );
}
