import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { CommitteeComposition } from "@/components/initiatives/committee-composition";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { listCommittee } from "@/db/queries/roster";
import { GENDERS, STAKEHOLDER_GROUPS } from "@/db/schema/enums";
import { pageI18n } from "@/lib/i18n/page";
import { summarizeCommittee } from "@/lib/initiatives/committee";
import { countryName, countryOptions, LAC_COUNTRIES } from "@/lib/initiatives/countries";
import { compositionLabels } from "../../composition-labels";
import { loadForLead } from "../lead-only";
import { addCommitteeMemberAction, removeCommitteeMemberAction } from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("committee.title") };
}

export default async function CommitteePage({ params }: Params) {
  const { slug } = await params;
  const { initiative } = await loadForLead(slug, "/committee");
  const { locale, t } = await pageI18n();
  const roster = await listCommittee(initiative.id);
  const summary = summarizeCommittee(roster);
  const hidden = (name: string, value: string) => ({
    name,
    label: "",
    type: "hidden" as const,
    defaultValue: value,
  });
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("committee.manageTitle", { name: initiative.name })}
        lead={t("committee.lead")}
      />
      <Card title={t("committee.title")} id="composition">
        <CommitteeComposition summary={summary} labels={compositionLabels(t, summary)} />
      </Card>
      {roster.length > 0 ? (
        <Card title={t("committee.listTitle")} id="roster">
          <DataTable
            caption={t("committee.listTitle")}
            headers={[
              t("committee.name"),
              t("committee.group"),
              t("committee.role"),
              t("committee.city"),
              <span key="remove" className="sr-only">
                {t("committee.remove")}
              </span>,
            ]}
            framed={false}
          >
            {roster.map((entry) => (
              <tr key={entry.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">{entry.name}</td>
                <td className="px-3 py-2">{t(`enums.group.${entry.stakeholderGroup}`)}</td>
                <td className="px-3 py-2">{entry.committeeRole ?? "—"}</td>
                <td className="px-3 py-2">
                  {[entry.city, entry.country ? countryName(entry.country, locale) : null]
                    .filter(Boolean)
                    .join(", ") || "—"}
                </td>
                <td className="px-3 py-2">
                  <ActionForm
                    name={t("committee.removeFor", { name: entry.name })}
                    action={removeCommitteeMemberAction}
                    submitLabel={t("committee.remove")}
                    pendingLabel={t("members.working")}
                    variant="secondary"
                    fields={[hidden("initiativeId", initiative.id), hidden("entryId", entry.id)]}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        </Card>
      ) : null}
      <Card title={t("committee.addTitle")} id="add">
        <ActionForm
          name={t("committee.addTitle")}
          action={addCommitteeMemberAction}
          submitLabel={t("committee.add")}
          pendingLabel={t("committee.adding")}
          fields={[
            hidden("initiativeId", initiative.id),
            { name: "name", label: t("committee.name"), required: true, maxLength: 120 },
            {
              name: "stakeholderGroup",
              label: t("committee.group"),
              type: "select",
              required: true,
              options: STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`enums.group.${g}`) })),
            },
            { name: "committeeRole", label: t("committee.role"), maxLength: 80 },
            {
              name: "gender",
              label: t("committee.genderField"),
              type: "select",
              options: [
                { value: "", label: t("committee.noGender") },
                ...GENDERS.map((g) => ({ value: g, label: t(`enums.gender.${g}`) })),
              ],
            },
            { name: "city", label: t("committee.city"), maxLength: 80 },
            {
              name: "country",
              label: t("committee.country"),
              type: "select",
              defaultValue: initiative.countries[0] ?? "",
              options: [
                { value: "", label: "—" },
                ...countryOptions(locale, [
                  ...new Set([...initiative.countries, ...LAC_COUNTRIES]),
                ]),
              ],
            },
          ]}
        />
      </Card>
    </div>
  );
}
