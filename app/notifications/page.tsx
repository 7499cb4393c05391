import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { listNotifications } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { noticeText } from "@/lib/notifications/notify";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("notifications.title") };
}

export default async function NotificationsPage() {
  const user = await requireUser("/notifications");
  const { locale, t } = await pageI18n();
  const notices = await listNotifications(user.id);
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("notifications.title")} lead={t("notifications.lead")} />
      {notices.some((n) => !n.readAt) ? (
        <ActionForm
          name={t("notifications.markAllRead")}
          action={markAllReadAction}
          submitLabel={t("notifications.markAllRead")}
          pendingLabel="…"
          variant="secondary"
          fields={[]}
        />
      ) : null}
      {notices.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
          {t("notifications.empty")}
        </p>
      ) : (
        <ul className="space-y-2">
          {notices.map((notice) => (
            <li
              key={notice.id}
              className={`rounded-lg border p-4 ${notice.readAt ? "border-slate-200 bg-white" : "border-brand-600 bg-brand-50"}`}
            >
              <p className="flex flex-wrap items-center gap-2">
                {notice.readAt ? null : <Badge tone="brand">{t("notifications.new")}</Badge>}
                {notice.link ? (
                  <Link href={notice.link} className="font-medium text-brand-800 underline">
                    {noticeText(t, notice.kind, notice.params)}
                  </Link>
                ) : (
                  <span className="font-medium">{noticeText(t, notice.kind, notice.params)}</span>
                )}
              </p>
              <p className="mt-1 text-sm text-slate-600">{when.format(notice.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
