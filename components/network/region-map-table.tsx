import { MAP_NAMED_PER_COUNTRY } from "@/db/queries/network-map";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";
import { countryName } from "@/lib/initiatives/countries";
import { type CountrySummary, namedIn } from "@/lib/network/country-summary";
import type { mapText } from "./map-text";

/**
 * The map as a table, for screen-reader and keyboard users: each country with its first
 * few initiatives by name, then a link to the directory for the rest. Its hundreds of
 * links are plain anchors, like the map's own: a client-side <Link> each would cost the
 * server a tenth of the page and the browser as many components to hydrate.
 */
export function RegionMapTable({
  rows,
  locale,
  t,
  text,
}: {
  rows: readonly CountrySummary[];
  locale: Locale;
  t: Translator;
  text: ReturnType<typeof mapText>;
}) {
  return (
    <details className="mt-6 rounded-md border border-slate-200">
      <summary className="cursor-pointer px-4 py-2 font-medium text-brand-800">
        {t("regionMap.tableSummary")}
      </summary>
      {rows.length === 0 ? (
        <p className="px-4 pb-4 text-slate-700">{t("regionMap.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("regionMap.tableCaption")}</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("regionMap.country")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("regionMap.onMap")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("regionMap.initiatives")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((summary) => {
                const country = countryName(summary.code, locale);
                const { named, more } = namedIn(summary, MAP_NAMED_PER_COUNTRY);
                return (
                  <tr key={summary.code} className="border-t border-slate-200 align-top">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {country}
                    </th>
                    <td className="px-3 py-2">
                      {summary.stage ? text.stageName(summary.stage) : t("regionMap.sharedOnly")}
                    </td>
                    <td className="px-3 py-2">
                      <ul>
                        {named.map(({ initiative: i, shared }) => (
                          <li key={i.slug}>
                            <a href={`/initiatives/${i.slug}`} className="text-brand-700 underline">
                              {text.itemText(i, shared)}
                            </a>
                            {i.recognized ? (
                              <span className="text-slate-600">
                                {" · "}
                                {t("regionMap.recognized")}
                              </span>
                            ) : null}
                          </li>
                        ))}
                        {more > 0 ? (
                          <li>
                            <a
                              href={`/initiatives?country=${summary.code}`}
                              className="font-medium text-brand-700 underline"
                            >
                              {t.rich("regionMap.more", {
                                count: more,
                                country,
                                hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                              })}
                            </a>
                          </li>
                        ) : null}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
