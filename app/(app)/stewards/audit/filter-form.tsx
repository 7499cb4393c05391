import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { actionLabel } from "@/lib/audit/labels";
import type { Translator } from "@/lib/i18n/messages";
import type { AuditSearch } from "@/lib/validation/audit-log";

const INPUT =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm";

/** The audit log's filters as a plain GET form: the URL holds them, so links keep them. */
export function AuditFilterForm({
  t,
  values,
  initiative,
  actions,
}: {
  t: Translator;
  values: AuditSearch;
  /** The initiative filter as the steward sees it: its name once resolved, else as typed. */
  initiative: string;
  actions: string[];
}) {
  return (
    <search className="mb-6 block">
      <form
        action="/stewards/audit"
        method="get"
        aria-label={t("auditLog.filters.label")}
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <div>
          <label htmlFor="audit-initiative" className="font-medium">
            {t("auditLog.filters.initiative")}
          </label>
          <input
            id="audit-initiative"
            name="initiative"
            type="search"
            maxLength={200}
            defaultValue={initiative}
            aria-describedby="audit-initiative-hint"
            className={INPUT}
          />
          <p id="audit-initiative-hint" className="mt-1 text-sm text-slate-600">
            {t("auditLog.filters.initiativeHint")}
          </p>
        </div>
        <div>
          <label htmlFor="audit-person" className="font-medium">
            {t("auditLog.filters.person")}
          </label>
          <input
            id="audit-person"
            name="person"
            type="search"
            maxLength={100}
            defaultValue={values.person ?? ""}
            aria-describedby="audit-person-hint"
            className={INPUT}
          />
          <p id="audit-person-hint" className="mt-1 text-sm text-slate-600">
            {t("auditLog.filters.personHint")}
          </p>
        </div>
        <div>
          <label htmlFor="audit-action" className="font-medium">
            {t("auditLog.filters.action")}
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={values.action ?? ""}
            className={INPUT}
          >
            <option value="">{t("auditLog.filters.anyAction")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {t("auditLog.filters.actionOption", { label: actionLabel(t, action), action })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="font-medium">
            {t("auditLog.filters.from")}
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={values.from ?? ""}
            className={INPUT}
          />
        </div>
        <div>
          <label htmlFor="audit-to" className="font-medium">
            {t("auditLog.filters.to")}
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            defaultValue={values.to ?? ""}
            className={INPUT}
          />
        </div>
        <div className="flex items-end gap-4">
          <button type="submit" className={buttonClass("primary")}>
            {t("auditLog.filters.apply")}
          </button>
          <Link href="/stewards/audit" className={buttonClass("link")}>
            {t("auditLog.filters.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}
