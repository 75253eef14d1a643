import "server-only";
import { env } from "../env";

/**
 * Whether mails leave by SMTP (SMTP_URL set) or stay in the outbox for admins to read. What the
 * back office tells an admin after making a password link depends on it. Its own module so that
 * tests can say which case they are in.
 */
export function mailLeavesBySmtp(): boolean {
  return Boolean(env().SMTP_URL);
}
