import { sql } from "drizzle-orm";
import { getDb, getDbKind } from "@/db";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the database answers, 503 otherwise. */
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return Response.json(
      { status: "ok", database: getDbKind() },
      { headers: { "cache-control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "unavailable" },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
