import type { IssuedLink } from "@/lib/admin/users/commands";
import type { FormState } from "@/lib/admin/form-state";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";

/**
 * What the admin sees once after a link is made. With SMTP, only that the mail left: the link is
 * the person's credential, and it reaches them alone. Without SMTP, the link itself (never stored
 * in clear, never shown again) to hand over; its mail also waits in /admin/courriels. Read by
 * LinkResult on the client.
 */
export function linkSuccess(issued: IssuedLink, lead: string): { message: string; data: NonNullable<FormState["data"]> } {
  const until = formatDateTimeFr(issued.expiresAt);
  const person = { personName: issued.name, personUrl: paths.admin.person(issued.id) };
  if (issued.sent || !issued.url) {
    return {
      message: `${lead} Un courriel a été envoyé à ${issued.email} avec le lien pour choisir son mot de passe. Il sert une seule fois, jusqu’au ${until}.`,
      data: person,
    };
  }
  return {
    message: `${lead} Transmettez ce lien à la personne : il ne sera plus affiché. Il sert une seule fois, jusqu’au ${until}.`,
    data: { link: issued.url, ...person },
  };
}
