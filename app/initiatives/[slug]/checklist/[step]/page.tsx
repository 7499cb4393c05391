import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { listCommittee } from "@/db/queries/roster";
import { listStepHistory } from "@/db/queries/toolkit";
import { listStepComments } from "@/db/queries/workspace";
import { STEP_STATUSES } from "@/db/schema/enums";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { summarizeCommittee } from "@/lib/initiatives/committee";
import { loadChecklist } from "@/lib/toolkit/load";
import { rosterSatisfies } from "@/lib/toolkit/roster-evidence";
import { NOTE_MAX } from "@/lib/validation/checklist";
import { loadReadableChecklist } from "../access";
import { StatusBadge } from "../status-badge";
import { commentStepAction, updateStepAction } from "./actions";

type Params = { params: Promise<{ slug: string; step: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("checklist.title") };
}

export default async function StepPage({ params }: Params) {
  const { slug, step: key } = await params;
  const { initiative, canEdit, canComment } = await loadReadableChecklist(
    slug,
    `/checklist/${key}`,
  );
  const { locale, t } = await pageI18n();
  const [checklist, history, comments] = await Promise.all([
    loadChecklist(initiative),
    listStepHistory(initiative.id, key),
    canComment ? listStepComments(initiative.id, key) : [],
  ]);
  const step = checklist.steps.find((s) => s.key === key);
  if (!step) notFound();
  const item = checklist.byKey.get(key);
  const roster = step.evidence === "committee" ? await listCommittee(initiative.id) : [];
  const summary = summarizeCommittee(roster);
  const rosterOk = step.evidence === "committee" && rosterSatisfies(key, summary);
  const when = dateFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const hidden = (name: string, value: string) => ({
    name,
    label: "",
    type: "hidden" as const,
    defaultValue: value,
  });
  const base = [
    hidden("initiativeId", initiative.id),
    hidden("stepKey", key),
    hidden("revision", String(item?.revision ?? 0)),
  ];

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link
          href={`/initiatives/${initiative.slug}/checklist`}
          className="text-sm text-brand-700 underline"
        >
          ← {t("checklist.back")}
        </Link>
      </p>
      <PageHeader title={step.title[locale]} lead={step.guidance[locale]}>
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <StatusBadge
            status={item?.status ?? "todo"}
            label={t(`enums.status.${item?.status ?? "todo"}`)}
          />
          <span>{t(`enums.phase.${step.phase}`)}</span>
          <span>{t("checklist.topic", { topic: t(`enums.topic.${step.topic}`) })}</span>
          <span>{t("checklist.evidenceKind", { kind: t(`enums.evidence.${step.evidence}`) })}</span>
        </div>
        {item ? (
          <p className="mt-2 text-sm text-slate-700">
            {t("checklist.lastChange", {
              name: item.updatedByName ?? t("checklist.nobody"),
              when: `${when.format(item.updatedAt)} UTC`,
            })}
          </p>
        ) : null}
      </PageHeader>

      {step.evidence === "committee" ? (
        <Card>
          <p className={rosterOk ? "text-emerald-900" : "text-amber-900"}>
            {t(rosterOk ? "checklist.rosterReady" : "checklist.rosterNotReady", {
              groups: summary.groupsPresent,
            })}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            {rosterOk && canEdit && item?.status !== "done" ? (
              <ActionForm
                name={t("checklist.markDoneFromRoster")}
                action={updateStepAction}
                submitLabel={t("checklist.markDoneFromRoster")}
                pendingLabel={t("checklist.saving")}
                fields={[
                  ...base,
                  hidden("status", "done"),
                  hidden(
                    "note",
                    t("checklist.rosterNote", {
                      groups: summary.groupsPresent,
                      total: summary.total,
                    }),
                  ),
                ]}
              />
            ) : null}
            {canEdit ? (
              <Link
                href={`/initiatives/${initiative.slug}/committee`}
                className="text-sm text-brand-700 underline"
              >
                {t("checklist.manageRoster")}
              </Link>
            ) : null}
          </div>
        </Card>
      ) : null}

      {canEdit ? (
        <Card title={t("checklist.update")} id="update">
          <ActionForm
            name={t("checklist.update")}
            action={updateStepAction}
            submitLabel={t("checklist.save")}
            pendingLabel={t("checklist.saving")}
            fields={[
              ...base,
              {
                name: "status",
                label: t("checklist.status"),
                type: "select",
                defaultValue: item?.status ?? "todo",
                options: STEP_STATUSES.map((s) => ({ value: s, label: t(`enums.status.${s}`) })),
              },
              {
                name: "note",
                label: t("checklist.note"),
                type: "textarea",
                rows: 4,
                maxLength: NOTE_MAX,
                hint: t("checklist.noteHint", { max: NOTE_MAX }),
                defaultValue: item?.note ?? "",
              },
              ...(step.evidence === "url" || step.evidence === "document"
                ? [
                    {
                      name: "evidenceUrl",
                      label: t("checklist.evidenceUrl"),
                      type: "url" as const,
                      hint: t("checklist.evidenceUrlHint"),
                      defaultValue: item?.evidenceUrl ?? "",
                    },
                  ]
                : []),
              ...(step.evidence === "date"
                ? [
                    {
                      name: "evidenceDate",
                      label: t("checklist.evidenceDate"),
                      type: "date" as const,
                      defaultValue: item?.evidenceDate ?? "",
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      ) : item ? (
        <Card>
          {item.note ? <p className="whitespace-pre-wrap">{item.note}</p> : null}
          {item.evidenceUrl ? (
            <a
              href={item.evidenceUrl}
              rel="noopener noreferrer nofollow"
              className="break-all text-brand-700 underline"
            >
              {item.evidenceUrl}
            </a>
          ) : null}
          {item.evidenceDate ? <p>{item.evidenceDate}</p> : null}
        </Card>
      ) : null}

      {canComment ? (
        <Card title={t("checklist.comments")} id="comments">
          <p className="mb-3 text-sm text-slate-700">{t("checklist.commentsLead")}</p>
          {comments.length === 0 ? (
            <p className="text-slate-700">{t("checklist.noComments")}</p>
          ) : null}
          <ol className="space-y-3">
            {comments.map((comment) => (
              <li key={comment.id} className="rounded-md bg-slate-50 p-3">
                <p className="text-sm text-slate-600">
                  {comment.authorName ?? "—"} · {when.format(comment.createdAt)} UTC
                </p>
                <p className="whitespace-pre-wrap">{comment.body}</p>
              </li>
            ))}
          </ol>
          <div className="mt-4">
            <ActionForm
              name={t("checklist.addComment")}
              action={commentStepAction}
              submitLabel={t("checklist.addComment")}
              pendingLabel={t("checklist.saving")}
              fields={[
                hidden("initiativeId", initiative.id),
                hidden("stepKey", key),
                {
                  name: "body",
                  label: t("checklist.comment"),
                  type: "textarea",
                  rows: 2,
                  required: true,
                  maxLength: 2000,
                },
              ]}
            />
          </div>
        </Card>
      ) : null}

      <Card title={t("checklist.history")} id="history">
        {history.length === 0 ? (
          <p className="text-slate-700">{t("checklist.historyEmpty")}</p>
        ) : (
          <ol className="space-y-3">
            {history.map((entry) => (
              <li key={entry.id} className="border-l-4 border-brand-100 pl-3 text-sm">
                <p>
                  <strong>
                    {t("checklist.historyItem", {
                      name: entry.changedByName ?? t("checklist.nobody"),
                      status: t(`enums.status.${entry.status}`),
                    })}
                  </strong>{" "}
                  <span className="text-slate-600">· {when.format(entry.changedAt)} UTC</span>
                </p>
                {entry.note ? (
                  <p className="whitespace-pre-wrap text-slate-700">{entry.note}</p>
                ) : null}
                {entry.evidenceUrl ? (
                  <p className="break-all text-slate-700">{entry.evidenceUrl}</p>
                ) : null}
                {entry.evidenceDate ? <p className="text-slate-700">{entry.evidenceDate}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
