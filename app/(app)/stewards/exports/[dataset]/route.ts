import { recordAudit } from "@/db/queries/audit";
import { getCurrentUser } from "@/lib/auth/session";
import {
  type ExportFormat,
  FORMATS,
  isDataset,
  loadDataset,
  tableToCsv,
  tableToJson,
} from "@/lib/exports/datasets";
import { currentLocale } from "@/lib/i18n/current-locale";
import { translatorFor } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

type Refusal = "signIn" | "forbidden" | "notFound" | "badFormat";
const STATUS: Record<Refusal, number> = {
  signIn: 401,
  forbidden: 403,
  notFound: 404,
  badFormat: 400,
};

async function refuse(reason: Refusal): Promise<Response> {
  const t = translatorFor(await currentLocale());
  return new Response(t(`exports.refused.${reason}`), {
    status: STATUS[reason],
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * A steward downloads one dataset as CSV (the default) or JSON. A route handler is a public
 * endpoint: the session is checked here, before anything is read, and every download is
 * recorded in the audit log.
 */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const user = await getCurrentUser();
  if (!user) return refuse("signIn");
  if (!user.isSteward) return refuse("forbidden");
  const { dataset } = await params;
  if (!isDataset(dataset)) return refuse("notFound");
  const requested = new URL(request.url).searchParams.get("format") ?? "csv";
  const format = FORMATS.find((f) => f === requested);
  if (!format) return refuse("badFormat");

  const table = await loadDataset(dataset, await currentLocale());
  const body = format === "csv" ? tableToCsv(table) : tableToJson(table);
  await recordAudit({
    actorId: user.id,
    action: "export.download",
    entityType: "dataset",
    entityId: dataset,
    after: { format, rows: table.rows.length },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="padrinazgo-${dataset}-${date}.${format}"`,
      "cache-control": "no-store",
    },
  });
}
