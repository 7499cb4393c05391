import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { PastLastPage } from "@/components/ui/past-last-page";
import { listDirectory } from "@/db/queries/initiatives";
import { INITIATIVE_KINDS, STAGES, SUB_REGIONS, WORK_LANGUAGES } from "@/db/schema/enums";
import { pageI18n } from "@/lib/i18n/page";
import { countryName, countryOptions, LAC_COUNTRIES } from "@/lib/initiatives/countries";
import { foldText } from "@/lib/initiatives/text";
import { directoryQuery } from "@/lib/validation/directory";
import { listHref, pageCount } from "@/lib/validation/paging";
import { InitiativeBadges } from "./initiative-badges";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageI18n();
  return { title: t("initiatives.title"), description: t("initiatives.lead") };
}

type Search = Record<string, string | string[] | undefined>;

const SELECT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

export default async function DirectoryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const query = directoryQuery.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const { locale, t } = await pageI18n();
  const result = await listDirectory({
    ...query,
    foldedQuery: query.q ? foldText(query.q) : undefined,
  });
  const { page: _, ...filters } = query;
  const filterValues = Object.fromEntries(
    Object.entries(filters).map(([key, value]) => [
      key,
      value === undefined ? undefined : value === true ? "1" : String(value),
    ]),
  );
  const pageHref = (page: number) => listHref("/initiatives", filterValues, { page });
  const select = (
    name: keyof typeof query,
    label: string,
    any: string,
    options: { value: string; label: string }[],
  ) => (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={String(query[name] ?? "")}
        className={SELECT}
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div>
      <PageHeader title={t("initiatives.title")} lead={t("initiatives.lead")}>
        {/* Dynamic route without a loading boundary: a viewport prefetch brings nothing to
            show early, only requests (see SiteHeader). */}
        <Link prefetch={false} href="/initiatives/new" className={`${buttonClass("primary")} mt-4`}>
          {t("initiatives.register")}
        </Link>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <search aria-label={t("initiatives.filters")}>
          <form
            action="/initiatives"
            className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
          >
            <div>
              <label htmlFor="f-q" className="block text-sm font-medium">
                {t("initiatives.search")}
              </label>
              <input
                id="f-q"
                name="q"
                type="search"
                defaultValue={query.q ?? ""}
                className={SELECT}
              />
            </div>
            {select(
              "kind",
              t("initiatives.kind"),
              t("initiatives.anyKind"),
              INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`enums.kind.${k}`) })),
            )}
            {select(
              "subRegion",
              t("initiatives.subRegion"),
              t("initiatives.anySubRegion"),
              SUB_REGIONS.map((r) => ({ value: r, label: t(`enums.subRegion.${r}`) })),
            )}
            {select(
              "country",
              t("initiatives.country"),
              t("initiatives.anyCountry"),
              countryOptions(locale, LAC_COUNTRIES),
            )}
            {select(
              "language",
              t("initiatives.language"),
              t("initiatives.anyLanguage"),
              WORK_LANGUAGES.map((l) => ({ value: l, label: t(`enums.workLanguage.${l}`) })),
            )}
            {select(
              "stage",
              t("initiatives.stage"),
              t("initiatives.anyStage"),
              STAGES.map((s) => ({ value: s, label: t(`enums.stage.${s}`) })),
            )}
            {(
              [
                ["verified", t("initiatives.verifiedOnly")],
                ["offering", t("initiatives.offersOnly")],
                ["needsHelp", t("initiatives.needsHelpOnly")],
              ] as const
            ).map(([name, label]) => (
              <label key={name} className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  name={name}
                  value="1"
                  defaultChecked={query[name] === true}
                  className="h-4 w-4 accent-brand-700"
                />
                {label}
              </label>
            ))}
            {select("sort", t("initiatives.sort"), t("initiatives.sortName"), [
              { value: "newest", label: t("initiatives.sortNewest") },
              { value: "oldest", label: t("initiatives.sortOldest") },
            ])}
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" className={buttonClass("primary")}>
                {t("initiatives.apply")}
              </button>
              <Link href="/initiatives" className="text-sm text-brand-700 underline">
                {t("initiatives.clear")}
              </Link>
            </div>
          </form>
        </search>
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="mb-4 text-lg font-semibold" aria-live="polite">
            {t("initiatives.count", { count: result.total })}
          </h2>
          {result.rows.length === 0 && result.total > 0 ? (
            <PastLastPage t={t} text={t("initiatives.emptyPage")} href={pageHref(1)} />
          ) : result.rows.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
              {t("initiatives.empty")}{" "}
              <Link href="/initiatives/new" className="font-medium text-brand-700 underline">
                {t("initiatives.register")}
              </Link>
            </p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
              {result.rows.map((row) => (
                <li
                  key={row.id}
                  className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                >
                  <h3 className="font-semibold">
                    <Link
                      href={`/initiatives/${row.slug}`}
                      className="text-brand-800 hover:underline"
                    >
                      {row.name}
                    </Link>
                    {row.acronym ? (
                      <span className="ml-1 font-normal text-slate-600">({row.acronym})</span>
                    ) : null}
                  </h3>
                  <p className="mt-1 text-sm text-slate-700">
                    {row.countries.map((c) => countryName(c, locale)).join(", ")} ·{" "}
                    {t(`enums.subRegion.${row.subRegion}`)}
                    {row.yearEstablished
                      ? ` · ${t("initiatives.since", { year: row.yearEstablished })}`
                      : ""}
                  </p>
                  <div className="mt-3">
                    <InitiativeBadges t={t} initiative={row} />
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pager
            t={t}
            label={t("initiatives.pagination")}
            page={result.page}
            href={pageHref}
            place={{ pages: pageCount(result.total, result.pageSize) }}
          />
        </section>
      </div>
    </div>
  );
}
