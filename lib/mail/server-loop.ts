import "server-only";
import { env } from "../env";
import { startBackgroundLoop, type BackgroundLoop } from "./background";
import { createMailTransport, describeSmtpUrl, verifyMailTransport } from "./transport";

/**
 * What scripts/start.ts runs beside the Next.js server: the outbox worker when SMTP_URL is set,
 * the housekeeping always. The SMTP check does not hold the start up: the site serves while it
 * runs, and a failure only delays mails, which wait in the outbox.
 */
export function startServerBackground(databaseUrl: string, say: (message: string) => void): BackgroundLoop {
  const url = env().SMTP_URL;
  if (!url) {
    say("Pas de SMTP_URL : les courriels restent dans la file, lisibles par les administrateurs dans /admin/courriels.");
    return startBackgroundLoop({ databaseUrl });
  }
  const sender = createMailTransport(url);
  say(`Envoi des courriels par ${describeSmtpUrl(url)}…`);
  void verifyMailTransport(sender, url, say);
  return startBackgroundLoop({ databaseUrl, sender });
}
