import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { listOpenInvitations } from "@/db/queries/invitations";
import { listPendingRequests } from "@/db/queries/join-requests";
import { listMembers } from "@/db/queries/memberships";
import { MEMBER_ROLES } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { dateFormat } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { loadInitiative } from "../load";
import {
  changeRoleAction,
  decideJoinAction,
  inviteAction,
  leaveAction,
  removeMemberAction,
} from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageI18n()).t("profile.members") };
}

export default async function MembersPage({ params }: Params) {
  const { slug } = await params;
  const user = await requireUser(`/initiatives/${slug}/members`);
  const { initiative, role } = await loadInitiative(slug, "/members");
  if (!role) redirect(`/initiatives/${initiative.slug}`);
  const { locale, t } = await pageI18n();
  const isLead = role === "lead";
  const [members, requests, invitations] = await Promise.all([
    listMembers(initiative.id),
    isLead ? listPendingRequests(initiative.id) : [],
    isLead ? listOpenInvitations(initiative.id) : [],
  ]);
  const date = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const hidden = (name: string, value: string) => ({
    name,
    label: "",
    type: "hidden" as const,
    defaultValue: value,
  });
  const small = "flex flex-wrap gap-2 [&_form]:space-y-1";

  return (
    <div className="space-y-8">
      <PageHeader title={t("members.title", { name: initiative.name })} lead={t("members.lead")} />

      {isLead ? (
        <Card title={t("members.requestsTitle")} id="requests">
          {requests.length === 0 ? (
            <p className="text-slate-700">{t("members.requestsEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {requests.map((request) => (
                <li key={request.id} className="py-3">
                  <p className="font-medium">
                    {request.name ?? request.email}{" "}
                    <span className="font-normal text-slate-600">· {request.email}</span>
                  </p>
                  {request.message ? (
                    <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">
                      {request.message}
                    </p>
                  ) : null}
                  <div className={`mt-2 ${small}`}>
                    <ActionForm
                      name={t("members.approveFor", { name: request.name ?? request.email })}
                      action={decideJoinAction}
                      submitLabel={t("members.approve")}
                      pendingLabel={t("members.working")}
                      fields={[hidden("requestId", request.id), hidden("decision", "approve")]}
                    />
                    <ActionForm
                      name={t("members.declineFor", { name: request.name ?? request.email })}
                      action={decideJoinAction}
                      submitLabel={t("members.decline")}
                      pendingLabel={t("members.working")}
                      variant="secondary"
                      fields={[hidden("requestId", request.id), hidden("decision", "decline")]}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}

      <Card title={t("members.listTitle")} id="list">
        <DataTable
          caption={t("members.listTitle")}
          framed={false}
          headers={
            isLead
              ? [t("members.name"), t("members.email"), t("members.role"), t("members.actions")]
              : [t("members.name"), t("members.role")]
          }
        >
          {members.map((member) => {
            const label = member.name ?? member.email;
            return (
              <tr key={member.userId} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">
                  {member.name ?? "—"}{" "}
                  {member.userId === user.id ? (
                    <span className="text-slate-600">{t("members.you")}</span>
                  ) : null}
                </td>
                {isLead ? <td className="px-3 py-2">{member.email}</td> : null}
                <td className="px-3 py-2">{t(`enums.role.${member.role}`)}</td>
                {isLead ? (
                  <td className={`px-3 py-2 ${small}`}>
                    <ActionForm
                      name={t(
                        member.role === "lead" ? "members.makeMemberFor" : "members.makeLeadFor",
                        { name: label },
                      )}
                      action={changeRoleAction}
                      submitLabel={t(
                        member.role === "lead" ? "members.makeMember" : "members.makeLead",
                      )}
                      pendingLabel={t("members.working")}
                      variant="secondary"
                      fields={[
                        hidden("initiativeId", initiative.id),
                        hidden("userId", member.userId),
                        hidden("role", member.role === "lead" ? "member" : "lead"),
                      ]}
                    />
                    {member.userId === user.id ? null : (
                      <ActionForm
                        name={t("members.removeFor", { name: label })}
                        action={removeMemberAction}
                        submitLabel={t("members.remove")}
                        pendingLabel={t("members.working")}
                        variant="danger"
                        fields={[
                          hidden("initiativeId", initiative.id),
                          hidden("userId", member.userId),
                        ]}
                      />
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </DataTable>
      </Card>

      {isLead ? (
        <Card title={t("members.inviteTitle")} id="invite">
          <p className="mb-4 text-sm text-slate-700">{t("members.inviteLead")}</p>
          <ActionForm
            name={t("members.inviteTitle")}
            action={inviteAction}
            submitLabel={t("members.invite")}
            pendingLabel={t("members.working")}
            fields={[
              hidden("initiativeId", initiative.id),
              {
                name: "email",
                label: t("members.inviteEmail"),
                type: "email",
                required: true,
                autoComplete: "off",
              },
              {
                name: "role",
                label: t("members.inviteRole"),
                type: "select",
                defaultValue: "member",
                options: MEMBER_ROLES.map((r) => ({ value: r, label: t(`enums.role.${r}`) })),
              },
            ]}
          />
          {invitations.length > 0 ? (
            <>
              <h3 className="mt-6 font-semibold">{t("members.openInvitations")}</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {invitations.map((invitation) => (
                  <li key={`${invitation.email}-${invitation.expiresAt.toISOString()}`}>
                    {invitation.email} · {t(`enums.role.${invitation.role}`)} ·{" "}
                    {t("members.expires", { date: date.format(invitation.expiresAt) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}

      <Card title={t("members.leaveTitle")} id="leave">
        <p className="mb-4 text-sm text-slate-700">{t("members.leaveLead")}</p>
        <ActionForm
          name={t("members.leaveTitle")}
          action={leaveAction}
          submitLabel={t("members.leave")}
          pendingLabel={t("members.working")}
          variant="danger"
          fields={[hidden("initiativeId", initiative.id)]}
        />
      </Card>
    </div>
  );
}
