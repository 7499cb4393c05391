import type { Executor } from "@/db";
import { insertNotifications, listLeadsForNotice } from "@/db/queries/notifications";
import { appUrl } from "@/lib/http/request-info";
import { isLocale } from "@/lib/i18n/locales";
import { type Translator, translatorFor } from "@/lib/i18n/messages";
import { sendMail } from "@/lib/mail/send";

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

/**
 * Tells an initiative's leads something: an in-app notice each, and an e-mail in their
 * own language unless they turned e-mail off. Runs inside the caller's transaction.
 */
export async function notifyLeads(
  initiativeId: string,
  kind: NoticeKind,
  params: Record<string, string>,
  link: string,
  db: Executor,
) {
  const leads = await listLeadsForNotice(initiativeId, db);
  await insertNotifications(
    leads.map((lead) => ({ userId: lead.id, kind, params, link })),
    db,
  );
  for (const lead of leads.filter((l) => l.emailNotifications)) {
    const t = translatorFor(isLocale(lead.locale) ? lead.locale : "es");
    const text = noticeText(t, kind, params);
    await sendMail(
      {
        to: lead.email,
        subject: text,
        text: `${text}\n\n${appUrl(link)}\n\n${t("notifications.mailFooter")}\n\n— ${t("mail.signature")}`,
      },
      db,
    );
  }
}
