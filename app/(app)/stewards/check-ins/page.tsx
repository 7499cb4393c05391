import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { DashboardHeader } from "@/components/network/dashboard-header";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { PastLastPage } from "@/components/ui/past-last-page";
import { listQuietMentorships } from "@/db/queries/dashboard";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { CHECK_IN_DAYS } from "@/lib/mentorship/check-ins";
import { checkInDaysParam } from "@/lib/validation/dashboard";
import { listHref, pageCount, pageParam, pageWindow } from "@/lib/validation/paging";
import { remindCheckInAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageI18n();
  return { title: `${t("dashboard.views.checkIns")} · ${t("dashboard.title")}` };
}

/** Quiet mentorships per page: the quietest first, each with its reminder button. */
const QUIET_PAGE = 20;

/** Active mentorships with no note or meeting for a while, and a reminder for each. */
export default async function CheckInsPage({
  searchParams,
}: {
  searchParams: Promise<{ days?: string; page?: string }>;
}) {
  await requireSteward("/stewards/check-ins");
  const params = await searchParams;
  const days = checkInDaysParam.parse(params.days);
  const page = pageParam.parse(params.page);
  const [{ locale, t }, quiet] = await Promise.all([
    pageI18n(),
    listQuietMentorships(days, pageWindow(page, QUIET_PAGE)),
  ]);
  const quietTotal = quiet[0]?.total ?? 0;
  // An empty page after the first is past the end (an old link, or some had news since):
  // its rows carry no count, so it says nothing of how many are quiet.
  const pastLast = quiet.length === 0 && page > 1;
  const pageLink = (p: number) =>
    listHref("/stewards/check-ins", { days: String(days) }, { page: p });
  const date = dateFormat(locale, { dateStyle: "medium" });
  return (
    <div className="space-y-8">
      <DashboardHeader t={t} current="checkIns" />
      <section aria-labelledby="check-ins" id="check-ins-section">
        <h2 id="check-ins" className="text-xl font-semibold">
          {t("dashboard.checkIns.title")}
        </h2>
        {pastLast ? null : (
          <p className="mb-3 text-slate-700">
            {t("dashboard.checkIns.lead", { days, total: quietTotal })}
          </p>
        )}
        <form action="/stewards/check-ins" className="mb-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="days" className="block text-sm font-medium">
              {t("dashboard.checkIns.days")}
            </label>
            <input
              id="days"
              name="days"
              type="number"
              min={CHECK_IN_DAYS.min}
              max={CHECK_IN_DAYS.max}
              defaultValue={days}
              className="mt-1 w-28 rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white"
          >
            {t("dashboard.checkIns.apply")}
          </button>
        </form>
        {pastLast ? (
          <PastLastPage t={t} text={t("dashboard.checkIns.emptyPage")} href={pageLink(1)} />
        ) : quietTotal === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-6">
            {t("dashboard.checkIns.none", { days })}
          </p>
        ) : (
          <DataTable
            caption={t("dashboard.checkIns.title")}
            headers={[
              t("dashboard.checkIns.pair"),
              t("dashboard.checkIns.lastActivity"),
              t("dashboard.checkIns.lastReminder"),
              t("dashboard.checkIns.action"),
            ]}
          >
            {quiet.map((m) => (
              <tr key={m.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">
                  {t("dashboard.checkIns.pairText", { mentor: m.mentorName, mentee: m.menteeName })}
                </td>
                <td className="px-3 py-2">{date.format(m.lastActivity)}</td>
                <td className="px-3 py-2">
                  {m.lastReminder ? date.format(m.lastReminder) : t("dashboard.checkIns.never")}
                </td>
                <td className="px-3 py-2">
                  <ActionForm
                    action={remindCheckInAction}
                    name={t("dashboard.checkIns.remindNamed", {
                      mentor: m.mentorName,
                      mentee: m.menteeName,
                    })}
                    submitLabel={t("dashboard.checkIns.remind")}
                    pendingLabel={t("dashboard.checkIns.sending")}
                    variant="secondary"
                    fields={[
                      { name: "mentorshipId", type: "hidden", defaultValue: m.id, label: "" },
                    ]}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager
          t={t}
          label={t("dashboard.checkIns.pages")}
          page={page}
          href={pageLink}
          place={{ pages: pageCount(quietTotal, QUIET_PAGE) }}
        />
      </section>
    </div>
  );
}
