import "server-only";
import nodemailer from "nodemailer";
import { prisma } from "../db";
import { env, siteUrl } from "../env";

/** What the worker needs of a transport: nodemailer's, or a test double. */
export type MailSender = {
  sendMail(message: {
    from: { name: string; address: string };
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
  verify?(): Promise<unknown>;
  close?(): void;
};

/**
 * nodemailer over SMTP, one connection per mail: the outbox sends a few mails at a time, and a
 * fresh connection cannot be a pooled one the server has silently dropped. The timeouts are far
 * below the worker's lease (lib/mail/worker.ts), so a hung server aborts a send long before
 * another worker may take the mail over (nodemailer's own default socket timeout is 10 minutes).
 */
export function createMailTransport(url: string): MailSender {
  return nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    dnsTimeout: 15_000,
  });
}

/** The site's own address: MAIL_FROM, or ne-pas-repondre@ the public host. Never a visitor's. */
export function mailFromAddress(): string {
  return env().MAIL_FROM ?? `ne-pas-repondre@${new URL(siteUrl()).hostname}`;
}

// Kept on one line and short: it ends up in the From header's display name.
const displayName = (name: string) => name.replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, 120) || "Kiosque";

/**
 * The From: the school's name (the settings' `siteName`, what getSettings() shows on every page) and
 * the site's address. Read straight from the row rather than through getSettings(), whose
 * unstable_cache exists only inside Next.js: the worker runs beside it, in scripts/start.ts.
 */
export async function mailFrom(): Promise<{ name: string; address: string }> {
  const settings = await prisma.siteSettings.findUnique({ where: { id: 1 }, select: { siteName: true } });
  return { name: displayName(settings?.siteName ?? "Kiosque"), address: mailFromAddress() };
}

/** "smtp://kiosque:secret@smtp.exemple.fr:587" → "smtp://smtp.exemple.fr:587": for logs, without the account. */
export function describeSmtpUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * An SMTP error as the outbox stores and shows it: its code and the server's words, without any
 * address (a refusal often quotes the recipient) and short enough for a table cell.
 */
export function describeSendError(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const text = typeof message === "string" ? message : String(error);
  const scrubbed = text.replace(/<?[^\s<>@]+@[^\s<>@]+>?/g, "[adresse]").replace(/\s+/g, " ").trim();
  const prefix = [typeof code === "string" ? code : null, typeof responseCode === "number" ? String(responseCode) : null].filter(Boolean).join(" ");
  return (prefix ? `${prefix} : ${scrubbed}` : scrubbed).slice(0, 500);
}

/** A refusal that no retry will change (5xx: unknown recipient, message refused, bad account). */
export function isPermanentSmtpError(error: unknown): boolean {
  const { responseCode } = (error ?? {}) as { responseCode?: unknown };
  return typeof responseCode === "number" && responseCode >= 500 && responseCode < 600;
}

/**
 * Checks the SMTP server once at start, and says in French what is wrong. The server starts either
 * way: mails wait in the outbox and leave as soon as the SMTP server answers.
 */
export async function verifyMailTransport(sender: MailSender, url: string, log: (message: string) => void): Promise<boolean> {
  try {
    await sender.verify?.();
    log(`Envoi des courriels : serveur SMTP ${describeSmtpUrl(url)} joignable, expéditeur ${mailFromAddress()}.`);
    return true;
  } catch (error) {
    log(
      `Attention : le serveur SMTP ${describeSmtpUrl(url)} ne répond pas ou refuse la connexion (${describeSendError(error)}). ` +
        "Vérifiez SMTP_URL (hôte, port, identifiant, mot de passe, smtp:// ou smtps://). Le site démarre quand même : " +
        "les courriels attendent dans la file (/admin/courriels) et partiront quand le serveur répondra.",
    );
    return false;
  }
}
