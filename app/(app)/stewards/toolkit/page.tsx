import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import type { FieldSpec } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listTemplateSteps } from "@/db/queries/toolkit";
import { getDraftVersion, listVersions } from "@/db/queries/toolkit-admin";
import { EVIDENCE_KINDS, HELP_TOPICS, TOOLKIT_PHASES } from "@/db/schema/enums";
import { requireSteward } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import {
  publishDraftAction,
  retireDraftStepAction,
  saveDraftStepAction,
  startDraftAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("toolkitAdmin.title") };
}

type Step = Awaited<ReturnType<typeof listTemplateSteps>>[number];

function stepFields(t: Translator, step?: Step): FieldSpec[] {
  const select = (
    name: string,
    values: readonly string[],
    group: "phase" | "topic" | "evidence",
    current?: string,
  ): FieldSpec => ({
    name,
    label: t(`toolkitAdmin.${group}`),
    type: "select",
    defaultValue: current,
    options: values.map((v) => ({
      value: v,
      label: t(`enums.${group}.${v}` as Parameters<Translator>[0]),
    })),
  });
  return [
    step
      ? { name: "key", label: "", type: "hidden", defaultValue: step.key }
      : {
          name: "key",
          label: t("toolkitAdmin.key"),
          required: true,
          hint: t("toolkitAdmin.keyHint"),
          maxLength: 60,
        },
    select("phase", TOOLKIT_PHASES, "phase", step?.phase),
    select("topic", HELP_TOPICS, "topic", step?.topic),
    select("evidence", EVIDENCE_KINDS, "evidence", step?.evidence),
    {
      name: "titleEs",
      label: t("toolkitAdmin.titleEs"),
      required: true,
      maxLength: 200,
      defaultValue: step?.title.es,
    },
    {
      name: "titleEn",
      label: t("toolkitAdmin.titleEn"),
      required: true,
      maxLength: 200,
      defaultValue: step?.title.en,
    },
    {
      name: "titlePt",
      label: t("toolkitAdmin.titlePt"),
      required: true,
      maxLength: 200,
      defaultValue: step?.title.pt,
    },
    {
      name: "guidanceEs",
      label: t("toolkitAdmin.guidanceEs"),
      type: "textarea",
      rows: 2,
      defaultValue: step?.guidance.es,
    },
    {
      name: "guidanceEn",
      label: t("toolkitAdmin.guidanceEn"),
      type: "textarea",
      rows: 2,
      defaultValue: step?.guidance.en,
    },
    {
      name: "guidancePt",
      label: t("toolkitAdmin.guidancePt"),
      type: "textarea",
      rows: 2,
      defaultValue: step?.guidance.pt,
    },
  ];
}

export default async function ToolkitAdminPage() {
  await requireSteward("/stewards/toolkit");
  const { locale, t } = await pageI18n();
  const [versions, draft] = await Promise.all([listVersions(), getDraftVersion()]);
  const draftSteps = draft ? await listTemplateSteps(draft) : [];
  const date = dateFormat(locale, { dateStyle: "medium" });
  return (
    <div className="space-y-8">
      <PageHeader title={t("toolkitAdmin.title")} lead={t("toolkitAdmin.lead")} />
      <Card title={t("toolkitAdmin.versions")} id="versions">
        <ul className="space-y-2">
          {versions.map((v) => (
            <li key={v.version} className="flex flex-wrap items-center gap-3">
              <strong>{t("checklist.template", { version: v.version })}</strong>
              {v.publishedAt ? (
                <Badge tone="success">
                  {t("toolkitAdmin.publishedOn", { date: date.format(v.publishedAt) })}
                </Badge>
              ) : (
                <Badge tone="warning">{t("toolkitAdmin.draft")}</Badge>
              )}
              <span className="text-sm text-slate-700">
                {t("toolkitAdmin.stepCount", { count: v.steps })}
                {v.notes ? ` · ${v.notes}` : ""}
              </span>
            </li>
          ))}
        </ul>
        {draft === null ? (
          <div className="mt-4">
            <ActionForm
              name={t("toolkitAdmin.startDraft")}
              action={startDraftAction}
              submitLabel={t("toolkitAdmin.startDraft")}
              pendingLabel={t("toolkitAdmin.working")}
              fields={[]}
            />
          </div>
        ) : null}
      </Card>

      {draft !== null ? (
        <>
          <section aria-labelledby="draft-title" className="space-y-4">
            <h2 id="draft-title" className="text-xl font-semibold">
              {t("toolkitAdmin.draftTitle", { version: draft })}
            </h2>
            {draftSteps.map((step) => (
              <details key={step.key} className="rounded-lg border border-slate-200 bg-white p-4">
                <summary className="cursor-pointer font-medium">
                  {step.title[locale]}{" "}
                  <span className="text-sm font-normal text-slate-600">
                    · {step.key} · {t(`enums.phase.${step.phase}`)}
                  </span>
                </summary>
                <div className="mt-4 grid gap-6 md:grid-cols-[2fr_1fr]">
                  <ActionForm
                    name={t("toolkitAdmin.rewordNamed", { key: step.key })}
                    action={saveDraftStepAction}
                    submitLabel={t("toolkitAdmin.saveStep")}
                    pendingLabel={t("toolkitAdmin.working")}
                    fields={stepFields(t, step)}
                  />
                  <ActionForm
                    name={t("toolkitAdmin.retireNamed", { key: step.key })}
                    action={retireDraftStepAction}
                    submitLabel={t("toolkitAdmin.retire")}
                    pendingLabel={t("toolkitAdmin.working")}
                    variant="danger"
                    fields={[{ name: "key", label: "", type: "hidden", defaultValue: step.key }]}
                  />
                </div>
              </details>
            ))}
          </section>
          <Card title={t("toolkitAdmin.addStep")} id="add">
            <ActionForm
              name={t("toolkitAdmin.addStep")}
              action={saveDraftStepAction}
              submitLabel={t("toolkitAdmin.addStep")}
              pendingLabel={t("toolkitAdmin.working")}
              fields={stepFields(t)}
            />
          </Card>
          <Card title={t("toolkitAdmin.publish")} id="publish">
            <p className="mb-4 text-sm text-slate-700">{t("toolkitAdmin.publishLead")}</p>
            <ActionForm
              name={t("toolkitAdmin.publish")}
              action={publishDraftAction}
              submitLabel={t("toolkitAdmin.publish")}
              pendingLabel={t("toolkitAdmin.working")}
              fields={[
                {
                  name: "notes",
                  label: t("toolkitAdmin.notes"),
                  type: "textarea",
                  rows: 2,
                  required: true,
                  maxLength: 500,
                },
              ]}
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}
