import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getMentorshipView } from "@/db/queries/mentorships";
import { requireUser } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/messages";
import { pageI18n } from "@/lib/i18n/page";
import { expireIfDue } from "@/lib/mentorship/lifecycle";
import { acceptAction, closeMentorshipAction, declineAction, withdrawAction } from "./actions";
import { Workspace } from "./workspace";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("mentorship.title") };
}

/** A padrinazgo, for both initiatives' people (and stewards): its state and what each side may do. */
export default async function MentorshipPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/mentorships/${id}`);
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  let m = await getMentorshipView(id, user.id);
  // Only this proposal's expiry matters here; pages that list proposals sweep them all.
  if (m?.state === "proposed" && m.expiresAt <= new Date() && (await expireIfDue(m.id)))
    m = await getMentorshipView(id, user.id);
  if (!m) notFound();
  const { mentorRole, menteeRole } = m;
  if (!mentorRole && !menteeRole && !user.isSteward) redirect("/forbidden");
  const { locale, t } = await pageI18n();
  const answering = m.proposerSide === "mentee" ? mentorRole : menteeRole;
  const proposing =
    m.proposerSide === "mentee" ? menteeRole : m.proposerSide === "mentor" ? mentorRole : null;
  const date = dateFormat(locale, { dateStyle: "long" });
  const id_ = { name: "mentorshipId", label: "", type: "hidden" as const, defaultValue: m.id };
  const tone = m.state === "active" ? "success" : m.state === "proposed" ? "warning" : "neutral";
  return (
    <div className="space-y-6">
      <PageHeader title={t("lifecycle.title", { mentor: m.mentorName, mentee: m.menteeName })}>
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <Badge tone={tone}>{t(`lifecycle.states.${m.state}`)}</Badge>
          <span>
            {m.topics.map((x) => t(`enums.topic.${x}` as Parameters<Translator>[0])).join(", ")}
          </span>
          {m.state === "proposed" ? (
            <span>· {t("lifecycle.expires", { date: date.format(m.expiresAt) })}</span>
          ) : null}
          {m.proposerSide === "steward" ? (
            <Badge tone="brand">{t("lifecycle.fromStewards")}</Badge>
          ) : null}
        </div>
      </PageHeader>
      <Card>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("lifecycle.mentor")}</dt>
            <dd>
              <Link href={`/initiatives/${m.mentorSlug}`} className="text-brand-800 underline">
                {m.mentorName}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("lifecycle.mentee")}</dt>
            <dd>
              <Link href={`/initiatives/${m.menteeSlug}`} className="text-brand-800 underline">
                {m.menteeName}
              </Link>
            </dd>
          </div>
        </dl>
        {m.message ? (
          <div className="mt-4">
            <p className="text-sm text-slate-600">{t("lifecycle.messageFrom")}</p>
            <p className="whitespace-pre-wrap">{m.message}</p>
          </div>
        ) : null}
        {m.answerReason && m.answerReason !== "matched" ? (
          <div className="mt-4">
            <p className="text-sm text-slate-600">{t("lifecycle.outcome")}</p>
            <p className="whitespace-pre-wrap">{m.answerReason}</p>
          </div>
        ) : null}
      </Card>

      {mentorRole || menteeRole ? (
        <Workspace
          t={t}
          locale={locale}
          mentorship={{
            id: m.id,
            state: m.state,
            menteeInitiativeId: m.menteeInitiativeId,
            menteeSlug: m.menteeSlug,
          }}
          isLead={mentorRole === "lead" || menteeRole === "lead"}
        />
      ) : null}

      {m.state === "proposed" && answering === "lead" ? (
        <div className="grid gap-6 md:grid-cols-2">
          <Card>
            <ActionForm
              name={t("lifecycle.accept")}
              action={acceptAction}
              submitLabel={t("lifecycle.accept")}
              pendingLabel={t("lifecycle.working")}
              fields={[id_]}
            />
          </Card>
          <Card>
            <ActionForm
              name={t("lifecycle.decline")}
              action={declineAction}
              submitLabel={t("lifecycle.decline")}
              pendingLabel={t("lifecycle.working")}
              variant="secondary"
              fields={[
                id_,
                {
                  name: "reason",
                  label: t("lifecycle.reason"),
                  type: "textarea",
                  rows: 2,
                  maxLength: 500,
                },
              ]}
            />
          </Card>
        </div>
      ) : null}
      {m.state === "proposed" && proposing === "lead" ? (
        <Card>
          <ActionForm
            name={t("lifecycle.withdraw")}
            action={withdrawAction}
            submitLabel={t("lifecycle.withdraw")}
            pendingLabel={t("lifecycle.working")}
            variant="secondary"
            fields={[id_]}
          />
        </Card>
      ) : null}
      {m.state === "active" && (mentorRole === "lead" || menteeRole === "lead") ? (
        <div className="grid gap-6 md:grid-cols-2">
          <Card title={t("lifecycle.complete")} id="complete">
            <ActionForm
              name={t("lifecycle.complete")}
              action={closeMentorshipAction}
              submitLabel={t("lifecycle.complete")}
              pendingLabel={t("lifecycle.working")}
              fields={[
                id_,
                { name: "outcome", label: "", type: "hidden", defaultValue: "completed" },
                {
                  name: "reason",
                  label: t("lifecycle.outcome"),
                  type: "textarea",
                  rows: 2,
                  maxLength: 1000,
                },
              ]}
            />
          </Card>
          <Card title={t("lifecycle.end")} id="end">
            <ActionForm
              name={t("lifecycle.end")}
              action={closeMentorshipAction}
              submitLabel={t("lifecycle.end")}
              pendingLabel={t("lifecycle.working")}
              variant="danger"
              fields={[
                id_,
                { name: "outcome", label: "", type: "hidden", defaultValue: "ended" },
                {
                  name: "reason",
                  label: t("lifecycle.endReason"),
                  type: "textarea",
                  rows: 2,
                  maxLength: 1000,
                },
              ]}
            />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
