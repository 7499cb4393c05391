import type { Executor } from "@/db";
import { insertNotifications, listLeadsForNotice } from "@/db/queries/notifications";
import { groupBy } from "@/lib/collections/group-by";
import { appUrl } from "@/lib/http/request-info";
import { isLocale } from "@/lib/i18n/locales";
import { type Translator, translatorFor } from "@/lib/i18n/messages";
import { sendMails } from "@/lib/mail/send";

export type NoticeKind =
  | "proposalReceived"
  | "stewardProposal"
  | "stewardProposalMentor"
  | "checkInReminder"
  | "proposalAccepted"
  | "proposalDeclined"
  | "proposalWithdrawn"
  | "proposalExpired"
  | "proposalAutoWithdrawn"
  | "noteAdded"
  | "meetingLogged";

export function noticeText(t: Translator, kind: string, params: Record<string, string>): string {
  const key = `notifications.kinds.${kind}` as Parameters<Translator>[0];
  return t.has(key) ? t(key, params) : kind;
}

/** Something to tell one initiative's leads. */
export type Notice = {
  initiativeId: string;
  kind: NoticeKind;
  params: Record<string, string>;
  link: string;
};

/**
 * Tells initiatives' leads something: an in-app notice each, and an e-mail in their own
 * language unless they turned e-mail off. Any number of notices in a few statements, inside
 * the caller's transaction.
 */
export async function notifyLeads(notices: Notice[], db: Executor) {
  if (notices.length === 0) return;
  const leads = groupBy(
    await listLeadsForNotice([...new Set(notices.map((n) => n.initiativeId))], db),
    (lead) => lead.initiativeId,
  );
  const told = notices.flatMap((notice) =>
    (leads.get(notice.initiativeId) ?? []).map((lead) => ({ lead, notice })),
  );
  await insertNotifications(
    told.map(({ lead, notice: { kind, params, link } }) => ({
      userId: lead.id,
      kind,
      params,
      link,
    })),
    db,
  );
  await sendMails(
    told
      .filter(({ lead }) => lead.emailNotifications)
      .map(({ lead, notice: { kind, params, link } }) => {
        const t = translatorFor(isLocale(lead.locale) ? lead.locale : "es");
        const text = noticeText(t, kind, params);
        return {
          to: lead.email,
          subject: text,
          text: `${text}\n\n${appUrl(link)}\n\n${t("notifications.mailFooter")}\n\n— ${t("mail.signature")}`,
        };
      }),
    db,
  );
}
