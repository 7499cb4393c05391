import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { ProgressSummary } from "@/components/toolkit/progress-summary";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { latestPublishedVersion } from "@/db/queries/toolkit";
import { TOOLKIT_PHASES } from "@/db/schema/enums";
import { pageI18n } from "@/lib/i18n/page";
import { loadChecklist } from "@/lib/toolkit/load";
import { progressProps } from "../../progress-props";
import { loadReadableChecklist } from "./access";
import { moveChecklistAction } from "./actions";
import { StatusBadge } from "./status-badge";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("checklist.title") };
}

export default async function ChecklistPage({ params }: Params) {
  const { slug } = await params;
  const { initiative, canEdit, role } = await loadReadableChecklist(slug, "/checklist");
  const { locale, t } = await pageI18n();
  const [checklist, latest] = await Promise.all([
    loadChecklist(initiative),
    latestPublishedVersion(),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("checklist.titleOf", { name: initiative.name })}
        lead={t("checklist.lead")}
      >
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <Badge>{t("checklist.template", { version: initiative.toolkitVersion })}</Badge>
          <Link
            href={`/initiatives/${initiative.slug}/recognition-packet`}
            className="text-brand-700 underline"
          >
            {t("packet.open")}
          </Link>
        </div>
      </PageHeader>
      {role === "lead" && latest > initiative.toolkitVersion ? (
        <section
          aria-labelledby="new-version"
          className="rounded-lg border border-sky-300 bg-sky-50 p-4"
        >
          <h2 id="new-version" className="font-semibold">
            {t("toolkitAdmin.newVersion", { version: latest })}
          </h2>
          <p className="mb-3 text-sm text-slate-800">{t("toolkitAdmin.newVersionLead")}</p>
          <ActionForm
            name={t("toolkitAdmin.moveTo", { version: latest })}
            action={moveChecklistAction}
            submitLabel={t("toolkitAdmin.moveTo", { version: latest })}
            pendingLabel={t("toolkitAdmin.working")}
            fields={[
              { name: "initiativeId", label: "", type: "hidden", defaultValue: initiative.id },
              { name: "version", label: "", type: "hidden", defaultValue: String(latest) },
            ]}
          />
        </section>
      ) : null}
      <Card>
        <ProgressSummary {...progressProps(t, locale, checklist, initiative.slug)} />
      </Card>
      {TOOLKIT_PHASES.map((phase) => {
        const steps = checklist.steps.filter((s) => s.phase === phase);
        if (steps.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`}>
            <h2 id={`phase-${phase}`} className="mb-3 text-xl font-semibold">
              {t(`enums.phase.${phase}`)}
            </h2>
            <ol className="space-y-2">
              {steps.map((step) => {
                const item = checklist.byKey.get(step.key);
                return (
                  <li
                    key={step.key}
                    className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3"
                  >
                    <div className="min-w-0">
                      <Link
                        href={`/initiatives/${initiative.slug}/checklist/${step.key}`}
                        className="font-medium text-brand-800 hover:underline"
                      >
                        {step.title[locale]}
                      </Link>
                      <p className="text-sm text-slate-700">
                        {t(`enums.topic.${step.topic}`)} · {t(`enums.evidence.${step.evidence}`)}
                        {item?.evidenceUrl ? (
                          <>
                            {" · "}
                            <a
                              href={item.evidenceUrl}
                              rel="noopener noreferrer nofollow"
                              className="break-all text-brand-700 underline"
                            >
                              {item.evidenceUrl}
                            </a>
                          </>
                        ) : null}
                      </p>
                    </div>
                    <div className="flex items-center gap-3">
                      <StatusBadge
                        status={item?.status ?? "todo"}
                        label={t(`enums.status.${item?.status ?? "todo"}`)}
                      />
                      {canEdit ? (
                        <Link
                          href={`/initiatives/${initiative.slug}/checklist/${step.key}`}
                          className="rounded-md border border-slate-400 px-3 py-1 text-sm font-medium hover:bg-slate-100"
                          aria-label={`${t("checklist.update")}: ${step.title[locale]}`}
                        >
                          {t("checklist.update")}
                        </Link>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
