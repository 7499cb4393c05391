import { MAP_NAMED_PER_COUNTRY } from "@/db/queries/network-map";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";
import { countryName } from "@/lib/initiatives/countries";
import { type CountrySummary, namedIn } from "@/lib/network/country-summary";
import type { mapText } from "./map-text";

const TABLE = [
  "min-w-full text-left text-sm",
  "[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_tbody_th]:font-medium",
  "[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_tbody_tr]:align-top",
  // Names are links; what follows them (recognition) is quieter.
  "[&_li]:text-slate-600 [&_li>a]:text-brand-700 [&_li>a]:underline",
].join(" ");

/**
 * The map as a table, for screen-reader and keyboard users: each country with its first
 * few initiatives by name, then a link to the directory for the rest. Its hundreds of
 * links are plain anchors, like the map's own: a client-side <Link> each would cost the
 * server a tenth of the page and the browser as many components to hydrate. Cells, rows
 * and links take their styles from the table (TABLE) rather than a class each: every class
 * is written twice per element, in the HTML and in React's payload for the browser.
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
          <table className={TABLE}>
            <caption className="sr-only">{t("regionMap.tableCaption")}</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                <th scope="col">{t("regionMap.country")}</th>
                <th scope="col">{t("regionMap.onMap")}</th>
                <th scope="col">{t("regionMap.initiatives")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((summary) => {
                const country = countryName(summary.code, locale);
                const { named, more } = namedIn(summary, MAP_NAMED_PER_COUNTRY);
                return (
                  <tr key={summary.code}>
                    <th scope="row">{country}</th>
                    <td>
                      {summary.stage ? text.stageName(summary.stage) : t("regionMap.sharedOnly")}
                    </td>
                    <td>
                      <ul>
                        {named.map(({ initiative: i, shared }) => (
                          <li key={i.slug}>
                            <a href={`/initiatives/${i.slug}`}>{text.itemText(i, shared)}</a>
                            {i.recognized ? ` · ${t("regionMap.recognized")}` : null}
                          </li>
                        ))}
                        {more > 0 ? (
                          <li>
                            <a
                              href={`/initiatives?country=${summary.code}`}
                              className="font-medium"
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
