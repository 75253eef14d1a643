import "server-only";
import type { PasswordLinkPurpose } from "../auth/password-links";
import type { Prisma } from "../generated/prisma/client";
import { formatDateTimeFr } from "../format/time";
import { queueMail } from "./outbox";
import { escapeHtml } from "./html";

export type PasswordLinkMail = {
  /** the person's address */
  to: string;
  /** the person's name, for the greeting */
  name: string;
  /** the single-use link (lib/auth/password-links.ts) */
  url: string;
  purpose: PasswordLinkPurpose;
  expiresAt: Date;
};

type Db = Pick<Prisma.TransactionClient, "outboxMail" | "siteSettings">;

/** The fixed French template: nothing in it comes from outside the back office. */
export function passwordLinkMail(mail: PasswordLinkMail, schoolName: string): { subject: string; text: string; html: string } {
  const until = formatDateTimeFr(mail.expiresAt);
  const invitation = mail.purpose === "INVITATION";
  const subject = invitation ? `Votre compte sur le site de ${schoolName} : choisissez votre mot de passe` : `Nouveau mot de passe pour le site de ${schoolName}`;
  const lead = invitation
    ? `un compte a été créé pour vous dans l’administration du site de ${schoolName}. Pour l’activer, choisissez votre mot de passe en ouvrant ce lien :`
    : `un administrateur du site de ${schoolName} vous a envoyé un lien pour choisir un nouveau mot de passe. Votre mot de passe actuel reste valable tant que vous n’avez pas utilisé ce lien :`;
  const validity = `Ce lien ne sert qu’une fois et reste valable jusqu’au ${until}.`;
  const ignore = "Si vous n’attendiez pas ce message, ignorez-le : sans ce lien, personne ne peut choisir votre mot de passe.";
  const text = [`Bonjour ${mail.name},`, "", lead, "", mail.url, "", validity, "", ignore, "", "—", `${schoolName} (message automatique, merci de ne pas y répondre)`].join("\n");
  const html = [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    `<p>Bonjour ${escapeHtml(mail.name)},</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<p><a href="${escapeHtml(mail.url)}">${escapeHtml(mail.url)}</a></p>`,
    `<p>${escapeHtml(validity)}</p>`,
    `<p>${escapeHtml(ignore)}</p>`,
    `<p>—<br>${escapeHtml(schoolName)} (message automatique, merci de ne pas y répondre)</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}

/**
 * Queues the link's mail in the transaction that made the link: the mail exists if and only if the
 * link does. Whether it leaves by SMTP or waits for an admin to read it is the worker's business.
 */
export async function queuePasswordLinkMail(db: Db, mail: PasswordLinkMail): Promise<{ id: bigint }> {
  const settings = await db.siteSettings.findUnique({ where: { id: 1 }, select: { siteName: true } });
  return queueMail(db, { kind: "PASSWORD_LINK", to: mail.to, ...passwordLinkMail(mail, settings?.siteName ?? "Kiosque") });
}
