import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { listOutboxMessages } from "@/db/queries/outbox";
import { dateFormat } from "@/lib/i18n/format";
import { isOutboxPageEnabled } from "@/lib/mail/outbox-access";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Developers read the mail the app would have sent; links are clickable. */
export default async function OutboxPage() {
  await connection();
  if (!isOutboxPageEnabled()) notFound();
  const [t, locale, messages] = await Promise.all([
    getTranslations("outbox"),
    getLocale(),
    listOutboxMessages(),
  ]);
  const sent = dateFormat(locale, { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" });
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      {messages.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <ol className="space-y-4">
          {messages.map((m) => (
            <li
              key={m.id}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-outbox-to={m.to}
            >
              <p className="text-sm text-slate-700">
                {t("to")}: <strong>{m.to}</strong> · {sent.format(m.createdAt)}
              </p>
              <h2 className="mt-1 font-semibold">{m.subject}</h2>
              <p className="mt-2 whitespace-pre-wrap break-words text-sm">
                {m.text.split(URL_PATTERN).map((part, i) =>
                  // split() with a capturing group puts the URLs at odd positions.
                  i % 2 === 1 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: segments of one immutable text
                    <a key={`${m.id}-${i}`} href={part} className="text-brand-700 underline">
                      {part}
                    </a>
                  ) : (
                    part
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
