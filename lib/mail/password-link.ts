import "server-only";
import type { PasswordLinkPurpose } from "../auth/password-links";

export type PasswordLinkMail = {
  /** the person's address */
  to: string;
  /** the person's name, for the greeting */
  name: string;
  /** the single-use link (lib/auth/password-links.ts) */
  url: string;
  purpose: PasswordLinkPurpose;
};

export type MailOutcome = { sent: boolean };

/**
 * Where a single-use password link leaves by e-mail. Kiosque has no mail transport yet: this says
 * so (`sent: false`) and the admin is shown the link once, to hand over themself. The issue that
 * brings mail ("Recommander cette page") plugs nodemailer in here when `SMTP_URL` is set, and
 * returns `sent: true` only once the server has accepted the message. Callers must not fail the
 * change that made the link if sending fails: the link exists either way.
 */
export async function sendPasswordLink(mail: PasswordLinkMail): Promise<MailOutcome> {
  void mail;
  return { sent: false };
}
