import nodemailer, { type Transporter } from "nodemailer";
import type { Executor } from "@/db";
import { getDb } from "@/db";
import { addOutboxMessages } from "@/db/queries/outbox";

export type Mail = { to: string; subject: string; text: string; html?: string };

let transport: Transporter | undefined;

export function mailFrom(): string {
  return process.env.EMAIL_FROM ?? "Padrinazgo <no-reply@padrinazgo.local>";
}

/**
 * Sends through SMTP when EMAIL_SERVER is set; otherwise keeps the message in the local
 * outbox (readable at /dev/outbox) so that nothing is silently dropped.
 */
export function sendMail(mail: Mail, db: Executor = getDb()): Promise<void> {
  return sendMails([mail], db);
}

/** Sends several messages: one by one over SMTP, or into the outbox in a few statements. */
export async function sendMails(mails: Mail[], db: Executor = getDb()): Promise<void> {
  const server = process.env.EMAIL_SERVER;
  if (!server) {
    await addOutboxMessages(mails, db);
    return;
  }
  transport ??= nodemailer.createTransport(server);
  for (const mail of mails) await transport.sendMail({ from: mailFrom(), ...mail });
}
