import Link from "next/link";
import type { AuditEventRow } from "@/db/queries/audit";
import { actionLabel, entityLabel } from "@/lib/audit/labels";
import type { Translator } from "@/lib/i18n/messages";

const present = (v: unknown) => v !== null && v !== undefined;

function Subject({ t, event }: { t: Translator; event: AuditEventRow }) {
  const subject = event.subject;
  if (!subject) {
    return <code className="break-all text-xs text-slate-600">{event.entityId}</code>;
  }
  const text =
    subject.kind === "mentorship"
      ? t("auditLog.between", { mentor: subject.mentor, mentee: subject.mentee })
      : subject.name;
  return (
    <Link href={subject.href} className="text-brand-700 underline">
      {text}
    </Link>
  );
}

function Payload({ label, value }: { label: string; value: unknown }) {
  if (!present(value)) return null;
  return (
    <div className="mt-2">
      <p className="font-medium">{label}</p>
      <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-2 text-xs">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** One audit event; before/after arrive already stripped of private mentorship text. */
export function AuditEventRowView({
  t,
  event,
  when,
}: {
  t: Translator;
  event: AuditEventRow;
  when: Intl.DateTimeFormat;
}) {
  const label = actionLabel(t, event.action);
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="whitespace-nowrap px-3 py-2">
        <time dateTime={event.createdAt.toISOString()}>{when.format(event.createdAt)}</time>
      </td>
      <td className="px-3 py-2">
        {event.isSystem ? t("auditLog.system") : event.actorName || t("auditLog.unnamed")}
      </td>
      <td className="px-3 py-2">
        {label}
        {label === event.action ? null : (
          <code className="block text-xs text-slate-600">{event.action}</code>
        )}
      </td>
      <td className="max-w-xs px-3 py-2">
        <span className="block text-slate-600">{entityLabel(t, event.entityType)}</span>
        <Subject t={t} event={event} />
      </td>
      <td className="max-w-md px-3 py-2">
        {present(event.before) || present(event.after) || event.redacted ? (
          <details>
            <summary className="cursor-pointer text-brand-700 underline">
              {t("auditLog.showChanges")}
            </summary>
            {event.redacted ? (
              <p className="mt-2 text-sm text-slate-700">{t("auditLog.redacted")}</p>
            ) : null}
            <Payload label={t("auditLog.before")} value={event.before} />
            <Payload label={t("auditLog.after")} value={event.after} />
          </details>
        ) : (
          "—"
        )}
      </td>
    </tr>
  );
}
