import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { PastLastPage } from "@/components/ui/past-last-page";
import { listPeople, PEOPLE_PAGE_SIZE } from "@/db/queries/users";
import { requireSteward } from "@/lib/auth/session";
import { isStewardByEnv } from "@/lib/auth/stewards";
import { searchText } from "@/lib/http/search-text";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { listHref, pageParam } from "@/lib/validation/paging";
import { disablePersonAction, enablePersonAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("people.title") };
}

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const me = await requireSteward("/stewards/people");
  const params = await searchParams;
  const page = pageParam.parse(params.page);
  const query = searchText(params.q);
  const [{ locale, t }, rows] = await Promise.all([pageI18n(), listPeople({ query, page })]);
  const since = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const people = rows.slice(0, PEOPLE_PAGE_SIZE);
  const hasNext = rows.length > PEOPLE_PAGE_SIZE;
  const pageLink = (p: number) => listHref("/stewards/people", { q: query }, { page: p });
  return (
    <div>
      <PageHeader title={t("people.title")} lead={t("people.lead")} />
      <search className="mb-6 block max-w-lg">
        <form className="flex gap-2" action="/stewards/people">
          <label htmlFor="people-q" className="sr-only">
            {t("people.search")}
          </label>
          <input
            id="people-q"
            name="q"
            defaultValue={query}
            placeholder={t("people.searchPlaceholder")}
            className="flex-1 rounded-md border border-slate-400 px-3 py-2"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white"
          >
            {t("people.search")}
          </button>
        </form>
      </search>
      {people.length === 0 && page > 1 ? (
        <PastLastPage t={t} text={t("people.emptyPage")} href={pageLink(1)} />
      ) : people.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t("people.empty")}
        </p>
      ) : (
        <DataTable
          caption={t("people.title")}
          headers={[
            t("people.name"),
            t("people.email"),
            t("people.role"),
            t("people.since"),
            t("people.status"),
          ]}
        >
          {people.map((person) => (
            <tr key={person.id} className="border-t border-slate-200 align-top">
              <td className="px-4 py-2">{person.name || "—"}</td>
              <td className="px-4 py-2">{person.email}</td>
              <td className="px-4 py-2">
                {person.isSteward || isStewardByEnv(person.email)
                  ? t("people.steward")
                  : t("people.member")}
              </td>
              <td className="px-4 py-2">{since.format(person.createdAt)}</td>
              <td className="px-4 py-2">
                <p className="mb-2">
                  {person.disabledAt ? t("people.disabled") : t("people.active")}
                </p>
                {person.id === me.id ? null : (
                  <ActionForm
                    name={t(person.disabledAt ? "people.enableFor" : "people.disableFor", {
                      email: person.email,
                    })}
                    action={person.disabledAt ? enablePersonAction : disablePersonAction}
                    submitLabel={person.disabledAt ? t("people.enable") : t("people.disable")}
                    pendingLabel={t("people.working")}
                    variant={person.disabledAt ? "secondary" : "danger"}
                    fields={[
                      { name: "userId", label: "", type: "hidden", defaultValue: person.id },
                    ]}
                  />
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager
        t={t}
        label={t("people.pagination")}
        page={page}
        href={pageLink}
        place={{ hasNext, shown: people.length }}
      />
    </div>
  );
}
