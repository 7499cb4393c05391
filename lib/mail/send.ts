import nodemailer, { type Transporter } from "nodemailer";
import type { Executor } from "@/db";
import { getDb } from "@/db";
import { addOutboxMessage } from "@/db/queries/outbox";

export type Mail = { to: string; subject: string; text: string; html?: string };

let transport: Transporter | undefined;

export function mailFrom(): string {
  return process.env.EMAIL_FROM ?? "Padrinazgo <no-reply@padrinazgo.local>";
}

/**
 * Sends through SMTP when EMAIL_SERVER is set; otherwise keeps the message in the local
 * outbox (readable at /dev/outbox) so that nothing is silently dropped.
 */
export async function sendMail(mail: Mail, db: Executor = getDb()): Promise<void> {
  const server = process.env.EMAIL_SERVER;
  if (!server) {
    await addOutboxMessage(mail, db);
    return;
  }
  transport ??= nodemailer.createTransport(server);
  await transport.sendMail({ from: mailFrom(), ...mail });
}
