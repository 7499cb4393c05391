import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { listPeople, PEOPLE_PAGE_SIZE } from "@/db/queries/users";
import { requireSteward } from "@/lib/auth/session";
import { isStewardByEnv } from "@/lib/auth/stewards";
import { searchText } from "@/lib/http/search-text";
import { dateFormat } from "@/lib/i18n/format";
import { disablePersonAction, enablePersonAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const me = await requireSteward("/stewards/people");
  const params = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? "1", 10) || 1));
  const query = searchText(params.q);
  const [t, locale, rows] = await Promise.all([
    getTranslations("people"),
    getLocale(),
    listPeople({ query, page }),
  ]);
  const since = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const people = rows.slice(0, PEOPLE_PAGE_SIZE);
  const hasNext = rows.length > PEOPLE_PAGE_SIZE;
  const pageLink = (p: number) =>
    `/stewards/people?${new URLSearchParams({ q: query, page: String(p) })}`;
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <search className="mb-6 block max-w-lg">
        <form className="flex gap-2" action="/stewards/people">
          <label htmlFor="people-q" className="sr-only">
            {t("search")}
          </label>
          <input
            id="people-q"
            name="q"
            defaultValue={query}
            placeholder={t("searchPlaceholder")}
            className="flex-1 rounded-md border border-slate-400 px-3 py-2"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white"
          >
            {t("search")}
          </button>
        </form>
      </search>
      {people.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <DataTable
          caption={t("title")}
          headers={[t("name"), t("email"), t("role"), t("since"), t("status")]}
        >
          {people.map((person) => (
            <tr key={person.id} className="border-t border-slate-200 align-top">
              <td className="px-4 py-2">{person.name || "—"}</td>
              <td className="px-4 py-2">{person.email}</td>
              <td className="px-4 py-2">
                {person.isSteward || isStewardByEnv(person.email) ? t("steward") : t("member")}
              </td>
              <td className="px-4 py-2">{since.format(person.createdAt)}</td>
              <td className="px-4 py-2">
                <p className="mb-2">{person.disabledAt ? t("disabled") : t("active")}</p>
                {person.id === me.id ? null : (
                  <ActionForm
                    name={t(person.disabledAt ? "enableFor" : "disableFor", {
                      email: person.email,
                    })}
                    action={person.disabledAt ? enablePersonAction : disablePersonAction}
                    submitLabel={person.disabledAt ? t("enable") : t("disable")}
                    pendingLabel={t("working")}
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
        label={t("pagination")}
        page={page}
        hasNext={hasNext}
        href={pageLink}
        previous={t("previous")}
        next={t("next")}
      />
    </div>
  );
}
