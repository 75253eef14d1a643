import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/DeleteForm";
import { idField } from "@/lib/admin/fields";
import { getSiteForEditing } from "@/lib/admin/sites/queries";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { deleteSiteAction } from "../actions";
import { SiteForm } from "../SiteForm";
import { BackLink } from "@/components/admin/BackLink";

export const metadata: Metadata = { title: "Modifier un site" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditSitePage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "site.manage");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const [site, { statut }] = await Promise.all([getSiteForEditing(actor, id.data), searchParams]);
  if (!site) notFound();
  const { siteCount, updatedAt, ...fields } = site;
  return (
    <>
      <BackLink href={paths.admin.sites()}>Tous les sites</BackLink>
      <h1>{site.name}</h1>
      {statut === "cree" && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>
            Site ajouté : la page <Link href={paths.contact()}>« Nous contacter »</Link> l’affiche dès maintenant.
          </p>
        </div>
      )}
      <p>
        <Link href={paths.contact()}>Voir la page « Nous contacter »</Link>
      </p>
      <SiteForm site={{ ...fields, updatedAt: updatedAt.toISOString() }} />

      <section className="fr-mt-8w" aria-labelledby="supprimer-site">
        <h2 id="supprimer-site" className="fr-h4">
          Supprimer ce site
        </h2>
        <DeleteForm
          action={deleteSiteAction}
          id={site.id}
          label="Supprimer le site"
          confirmLabel={`Je confirme la suppression du site « ${site.name} »`}
          buttonLabel="Supprimer le site"
        >
          <p>
            Son adresse et son téléphone disparaissent de la page « Nous contacter ».
            {siteCount === 1 && " C’est le dernier site : la page « Nous contacter » n’affichera plus aucune adresse."}
          </p>
        </DeleteForm>
      </section>
    </>
  );
}
