import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/AdminTable";
import { ListingPagination } from "@/components/articles/ListingPagination";
import { MAIL_KIND_LABELS, MAIL_STATUS_LABELS } from "@/lib/admin/mails/labels";
import { listMails } from "@/lib/admin/mails/queries";
import { mailFilterSchema, STATUS_PARAMS } from "@/lib/admin/mails/schema";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { mailLeavesBySmtp } from "@/lib/mail/delivery";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { MailStatusBadge } from "./MailStatusBadge";

export const metadata: Metadata = { title: "Courriels" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MailsPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "mail.read");
  const parsed = mailFilterSchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : { page: 1 };
  const { mails, total, page, pageCount } = await listMails(actor, filter);
  const params: Record<string, string> = filter.etat ? { etat: filter.etat } : {};

  return (
    <>
      <h1>Courriels</h1>
      <p>
        Chaque courriel du site (liens pour choisir un mot de passe, recommandations de pages) passe par cette file avant de partir.{" "}
        {mailLeavesBySmtp()
          ? "Ils sont envoyés par le serveur SMTP configuré, avec de nouveaux essais espacés en cas d’échec."
          : "Aucun serveur SMTP n’est configuré (SMTP_URL) : les courriels restent ici, où vous pouvez les lire."}{" "}
        Leur contenu est effacé une semaine après l’envoi, la ligne elle-même après trois mois.
      </p>
      {!parsed.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>Filtre invalide : {parsed.error.issues.map((issue) => issue.message).join(" ")} La liste est affichée sans filtre.</p>
        </div>
      )}
      <form method="get" action={paths.admin.mails()} className="fr-mb-4w" aria-label="Filtrer les courriels">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-4">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="filtre-etat">
                État
              </label>
              <select className="fr-select" id="filtre-etat" name="etat" defaultValue={filter.etat ?? ""}>
                <option value="">Tous</option>
                {Object.entries(STATUS_PARAMS).map(([param, status]) => (
                  <option key={param} value={param}>
                    {MAIL_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-2">
            <button type="submit" className="fr-btn fr-mb-3v">
              Filtrer
            </button>
          </div>
        </div>
        {filter.etat && (
          <p className="fr-mt-1w">
            <Link className="fr-link" href={paths.admin.mails()}>
              Effacer le filtre
            </Link>
          </p>
        )}
      </form>

      <AdminTable caption={`Courriels, des plus récents aux plus anciens : ${total} au total, page ${page} sur ${pageCount}`}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col">Destinataire</th>
            <th scope="col">État</th>
            <th scope="col">Tentatives</th>
            <th scope="col">Dernière erreur</th>
          </tr>
        </thead>
        <tbody>
          {mails.length === 0 && (
            <tr>
              <td colSpan={6}>{filter.etat ? "Aucun courriel dans cet état." : "Aucun courriel pour l’instant."}</td>
            </tr>
          )}
          {mails.map((mail) => (
            <tr key={mail.id}>
              <td>
                <Link href={paths.admin.mail(mail.id)}>
                  <time dateTime={mail.createdAt.toISOString()}>{formatDateTimeFr(mail.createdAt)}</time>
                </Link>
              </td>
              <td>{MAIL_KIND_LABELS[mail.kind]}</td>
              <td>{mail.recipientHint}</td>
              <td>
                <MailStatusBadge status={mail.status} />
              </td>
              <td>{mail.attempts}</td>
              <td>{mail.lastError ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </AdminTable>
      <ListingPagination page={page} pageCount={pageCount} basePath={paths.admin.mails()} params={params} />
    </>
  );
}
