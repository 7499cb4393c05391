import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { listMeetings } from "@/db/queries/roster";
import { MEETING_FORMATS } from "@/db/schema/enums";
import { pageI18n } from "@/lib/i18n/page";
import { MeetingList } from "../../meeting-list";
import { loadForLead } from "../lead-only";
import { addMeetingAction, removeMeetingAction } from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("meetings.title") };
}

export default async function MeetingsPage({ params }: Params) {
  const { slug } = await params;
  const { initiative } = await loadForLead(slug, "/meetings");
  const { locale, t } = await pageI18n();
  const meetings = await listMeetings(initiative.id);
  const hidden = (name: string, value: string) => ({
    name,
    label: "",
    type: "hidden" as const,
    defaultValue: value,
  });
  const nextEdition = String((meetings[0]?.edition ?? 0) + 1);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("meetings.manageTitle", { name: initiative.name })}
        lead={t("meetings.lead")}
      />
      <Card title={t("meetings.title")} id="list">
        <MeetingList
          meetings={meetings}
          locale={locale}
          t={t}
          remove={(meeting) => (
            <ActionForm
              name={t("meetings.removeFor", { edition: meeting.edition })}
              action={removeMeetingAction}
              submitLabel={t("meetings.remove")}
              pendingLabel={t("members.working")}
              variant="secondary"
              fields={[hidden("initiativeId", initiative.id), hidden("entryId", meeting.id)]}
            />
          )}
        />
      </Card>
      <Card title={t("meetings.addTitle")} id="add">
        <ActionForm
          name={t("meetings.addTitle")}
          action={addMeetingAction}
          submitLabel={t("meetings.add")}
          pendingLabel={t("meetings.adding")}
          fields={[
            hidden("initiativeId", initiative.id),
            {
              name: "edition",
              label: t("meetings.edition"),
              type: "number",
              min: 1,
              max: 100,
              required: true,
              defaultValue: nextEdition,
            },
            { name: "startsOn", label: t("meetings.startsOn"), type: "date", required: true },
            { name: "endsOn", label: t("meetings.endsOn"), type: "date", required: true },
            { name: "venue", label: t("meetings.venue"), maxLength: 200 },
            {
              name: "format",
              label: t("meetings.format"),
              type: "select",
              defaultValue: "hybrid",
              options: MEETING_FORMATS.map((f) => ({ value: f, label: t(`enums.format.${f}`) })),
            },
            { name: "agendaUrl", label: t("meetings.agendaUrl"), type: "url" },
            { name: "reportUrl", label: t("meetings.reportUrl"), type: "url" },
          ]}
        />
      </Card>
    </div>
  );
}
