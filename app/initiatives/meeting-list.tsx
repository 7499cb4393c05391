import type { ReactNode } from "react";
import type { listMeetings } from "@/db/queries/roster";
import { dateFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";

type Meeting = Awaited<ReturnType<typeof listMeetings>>[number];

/** Annual meetings, newest first; the management page adds a remove control to each. */
export function MeetingList({
  meetings,
  locale,
  t,
  remove,
}: {
  meetings: Meeting[];
  locale: Locale;
  t: Translator;
  remove?: (m: Meeting) => ReactNode;
}) {
  if (meetings.length === 0) return <p className="text-slate-700">{t("meetings.empty")}</p>;
  const range = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ol className="divide-y divide-slate-200">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div>
            <p className="font-medium">
              {t("meetings.editionN", { edition: meeting.edition })} ·{" "}
              {range.formatRange(
                new Date(`${meeting.startsOn}T00:00:00Z`),
                new Date(`${meeting.endsOn}T00:00:00Z`),
              )}
            </p>
            <p className="text-sm text-slate-700">
              {[meeting.venue, t(`enums.format.${meeting.format}`)].filter(Boolean).join(" · ")}
            </p>
            <p className="mt-1 flex gap-4 text-sm">
              {meeting.agendaUrl ? (
                <a
                  href={meeting.agendaUrl}
                  rel="noopener noreferrer nofollow"
                  className="text-brand-700 underline"
                >
                  {t("meetings.agenda")}
                </a>
              ) : null}
              {meeting.reportUrl ? (
                <a
                  href={meeting.reportUrl}
                  rel="noopener noreferrer nofollow"
                  className="text-brand-700 underline"
                >
                  {t("meetings.report")}
                </a>
              ) : null}
            </p>
          </div>
          {remove ? remove(meeting) : null}
        </li>
      ))}
    </ol>
  );
}
