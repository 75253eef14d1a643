import type { Metadata } from "next";
import Link from "next/link";
import { MoveButtons } from "@/components/admin/MoveButtons";
import { SiteAddress } from "@/components/contact/SiteAddress";
import { listSitesForEditing } from "@/lib/admin/sites/queries";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { moveSiteAction } from "./actions";

export const metadata: Metadata = { title: "Sites de l’établissement" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SitesPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "site.manage");
  const [sites, { statut }] = await Promise.all([listSitesForEditing(actor), searchParams]);
  return (
    <>
      <h1>Sites de l’établissement</h1>
      <p>
        Les adresses et téléphones que la page <Link href={paths.contact()}>« Nous contacter »</Link> affiche, dans cet ordre et
        comme sur le papier à en-tête. Le siège est aussi l’adresse de l’établissement pour les moteurs de recherche.
      </p>
      {statut === "supprime" && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>Le site a été supprimé : la page « Nous contacter » ne l’affiche plus.</p>
        </div>
      )}
      {sites.length === 0 && (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
          <p>Aucun site : la page « Nous contacter » n’affiche pour l’instant aucune adresse ni aucun téléphone.</p>
        </div>
      )}
      <p>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href={paths.admin.newSite()}>
          Ajouter un site
        </Link>
      </p>
      {sites.length > 0 && (
        <ol className="kiosque-plain-list">
          {sites.map((site, index) => (
            <li key={site.id} className="fr-p-3w fr-mb-2w kiosque-contact">
              <SiteAddress site={site} headingLevel={2} />
              {site.isHeadquarters && <p className="fr-badge fr-badge--info fr-badge--no-icon fr-mt-1w fr-mb-0">Siège</p>}
              <p className="fr-mt-2w fr-mb-1w">
                <Link className="fr-link fr-icon-edit-line fr-link--icon-left" href={paths.admin.site(site.id)}>
                  Modifier <span className="fr-sr-only">le site « {site.name} »</span>
                </Link>
              </p>
              <MoveButtons action={moveSiteAction} id={site.id} subject={`le site « ${site.name} »`} position={index} count={sites.length} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
