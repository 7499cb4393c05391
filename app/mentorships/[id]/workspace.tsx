import Link from "next/link";
import { StatusBadge } from "@/app/initiatives/[slug]/checklist/status-badge";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { listStepProgress } from "@/db/queries/toolkit";
import { listFeedback, listGoals, listMeetingsOf, listNotes } from "@/db/queries/workspace";
import type { MentorshipState } from "@/db/schema/enums";
import { dateFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/messages";
import {
  addNoteAction,
  feedbackAction,
  logMeetingAction,
  setGoalAction,
} from "./workspace-actions";

type Props = {
  t: Translator;
  locale: Locale;
  mentorship: {
    id: string;
    state: MentorshipState;
    menteeInitiativeId: string;
    menteeSlug: string;
  };
  isLead: boolean;
};

/** Goals with the mentee's live progress, the private notes, the meetings log and feedback. */
export async function Workspace({ t, locale, mentorship, isLead }: Props) {
  const [goals, notes, meetings, feedback, steps] = await Promise.all([
    listGoals(mentorship.id),
    listNotes(mentorship.id),
    listMeetingsOf(mentorship.id),
    listFeedback(mentorship.id),
    listStepProgress(mentorship.menteeInitiativeId),
  ]);
  const goalKeys = new Set(goals.map((g) => g.stepKey));
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const day = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const id = {
    name: "mentorshipId",
    label: "",
    type: "hidden" as const,
    defaultValue: mentorship.id,
  };
  const active = mentorship.state === "active";
  const closed = mentorship.state === "completed" || mentorship.state === "ended";

  return (
    <div className="space-y-6">
      <Card title={t("workspace.goals")} id="goals">
        <p className="mb-3 text-sm text-slate-700">{t("workspace.goalsLead")}</p>
        {goals.length === 0 ? <p className="text-slate-700">{t("workspace.noGoals")}</p> : null}
        <ul className="space-y-2">
          {steps
            .filter((s) => goalKeys.has(s.key))
            .map((step) => (
              <li key={step.key} className="flex flex-wrap items-center justify-between gap-3">
                <Link
                  href={`/initiatives/${mentorship.menteeSlug}/checklist/${step.key}`}
                  className="text-brand-800 underline"
                >
                  {step.title[locale]}
                </Link>
                <span className="flex items-center gap-3">
                  <StatusBadge status={step.status} label={t(`enums.status.${step.status}`)} />
                  {isLead && active ? (
                    <ActionForm
                      name={t("workspace.removeGoalNamed", { step: step.title[locale] })}
                      action={setGoalAction}
                      submitLabel={t("workspace.removeGoal")}
                      pendingLabel={t("workspace.working")}
                      variant="secondary"
                      fields={[
                        id,
                        { name: "stepKey", label: "", type: "hidden", defaultValue: step.key },
                        { name: "remove", label: "", type: "hidden", defaultValue: "1" },
                      ]}
                    />
                  ) : null}
                </span>
              </li>
            ))}
        </ul>
        {isLead && active ? (
          <div className="mt-4">
            <ActionForm
              name={t("workspace.addGoal")}
              action={setGoalAction}
              submitLabel={t("workspace.addGoal")}
              pendingLabel={t("workspace.working")}
              variant="secondary"
              fields={[
                id,
                {
                  name: "stepKey",
                  label: t("workspace.goalStep"),
                  type: "select",
                  options: steps
                    .filter((s) => !goalKeys.has(s.key))
                    .map((s) => ({
                      value: s.key,
                      label: s.title[locale],
                      group: t(`enums.phase.${s.phase}`),
                    })),
                },
              ]}
            />
          </div>
        ) : null}
      </Card>

      <Card title={t("workspace.notes")} id="notes">
        <p className="mb-3 text-sm text-slate-700">{t("workspace.notesLead")}</p>
        {notes.length === 0 ? <p className="text-slate-700">{t("workspace.noNotes")}</p> : null}
        <ol className="space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md bg-slate-50 p-3">
              <p className="text-sm text-slate-600">
                {note.authorName ?? "—"} · {when.format(note.createdAt)}
              </p>
              <p className="whitespace-pre-wrap">{note.body}</p>
            </li>
          ))}
        </ol>
        {active ? (
          <div className="mt-4">
            <ActionForm
              name={t("workspace.addNote")}
              action={addNoteAction}
              submitLabel={t("workspace.addNote")}
              pendingLabel={t("workspace.working")}
              fields={[
                id,
                {
                  name: "body",
                  label: t("workspace.note"),
                  type: "textarea",
                  rows: 3,
                  required: true,
                  maxLength: 4000,
                },
              ]}
            />
          </div>
        ) : null}
      </Card>

      <Card title={t("workspace.meetings")} id="meetings">
        <p className="mb-3 text-sm text-slate-700">{t("workspace.meetingsLead")}</p>
        {meetings.length === 0 ? (
          <p className="text-slate-700">{t("workspace.noMeetings")}</p>
        ) : null}
        <ol className="space-y-3">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="border-l-4 border-brand-100 pl-3">
              <p className="font-medium">
                {day.format(new Date(`${meeting.heldOn}T00:00:00Z`))} ·{" "}
                {t("workspace.minutesN", { minutes: meeting.minutes })}
              </p>
              <p className="whitespace-pre-wrap">{meeting.summary}</p>
              {meeting.nextSteps ? (
                <p className="whitespace-pre-wrap text-sm text-slate-700">
                  <strong>{t("workspace.nextStepsLabel")}</strong> {meeting.nextSteps}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {active ? (
          <div className="mt-4">
            <ActionForm
              name={t("workspace.logMeeting")}
              action={logMeetingAction}
              submitLabel={t("workspace.logMeeting")}
              pendingLabel={t("workspace.working")}
              fields={[
                id,
                { name: "heldOn", label: t("workspace.heldOn"), type: "date", required: true },
                {
                  name: "minutes",
                  label: t("workspace.minutes"),
                  type: "number",
                  min: 5,
                  max: 600,
                  defaultValue: "60",
                  required: true,
                },
                {
                  name: "summary",
                  label: t("workspace.summary"),
                  type: "textarea",
                  rows: 3,
                  required: true,
                  maxLength: 4000,
                },
                {
                  name: "nextSteps",
                  label: t("workspace.nextSteps"),
                  type: "textarea",
                  rows: 2,
                  maxLength: 2000,
                },
              ]}
            />
          </div>
        ) : null}
      </Card>

      {closed ? (
        <Card title={t("workspace.feedback")} id="feedback">
          <p className="mb-3 text-sm text-slate-700">{t("workspace.feedbackLead")}</p>
          <ul className="mb-3 text-sm">
            {feedback.map((f) => (
              <li key={f.side}>
                {t("workspace.yourFeedback", {
                  side: t(f.side === "mentor" ? "lifecycle.mentor" : "lifecycle.mentee"),
                  rating: f.rating,
                })}
                {f.comment ? ` — ${f.comment}` : ""}
              </li>
            ))}
          </ul>
          {isLead ? (
            <ActionForm
              name={t("workspace.sendFeedback")}
              action={feedbackAction}
              submitLabel={t("workspace.sendFeedback")}
              pendingLabel={t("workspace.working")}
              fields={[
                id,
                {
                  name: "rating",
                  label: t("workspace.rating"),
                  type: "select",
                  defaultValue: "5",
                  options: ["5", "4", "3", "2", "1"].map((r) => ({ value: r, label: r })),
                },
                {
                  name: "comment",
                  label: t("workspace.comment"),
                  type: "textarea",
                  rows: 2,
                  maxLength: 2000,
                },
              ]}
            />
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
