import type { IssuedLink } from "@/lib/admin/users/commands";
import type { FormState } from "@/lib/admin/form-state";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";

/**
 * What the admin sees once after a link is made: the link itself (never stored in clear, never
 * shown again) and whether it also left by e-mail. Read by LinkResult on the client.
 */
export function linkSuccess(issued: IssuedLink, lead: string): { message: string; data: NonNullable<FormState["data"]> } {
  const until = formatDateTimeFr(issued.expiresAt);
  const delivery = issued.sent
    ? `Un courriel contenant ce lien vient de lui être envoyé à ${issued.email}.`
    : "Transmettez ce lien à la personne : il ne sera plus affiché.";
  return {
    message: `${lead} ${delivery} Il sert une seule fois, jusqu’au ${until}.`,
    data: { link: issued.url, personName: issued.name, personUrl: paths.admin.person(issued.id) },
  };
}
