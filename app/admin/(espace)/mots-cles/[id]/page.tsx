import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/DeleteForm";
import { idField } from "@/lib/admin/fields";
import { getTagForEditing, listMergeTargets } from "@/lib/admin/tags/queries";
import { articlesSentence } from "@/lib/admin/taxonomy-fields";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { deleteTagAction } from "../actions";
import { MergeTagForm } from "../MergeTagForm";
import { TagForm } from "../TagForm";
import { BackLink } from "@/components/admin/BackLink";

export const metadata: Metadata = { title: "Modifier un mot-clé" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const STATUS_MESSAGES: Record<string, string> = {
  cree: "Mot-clé créé. Il apparaîtra sur le site avec le premier article publié qui le porte.",
  fusionne: "Fusion faite : les articles de l’autre mot-clé portent désormais celui-ci, et son adresse redirige ici.",
};

export default async function EditTagPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "tag.manage");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const [tag, targets, raw] = await Promise.all([getTagForEditing(actor, id.data), listMergeTargets(actor, id.data), searchParams]);
  if (!tag) notFound();
  const status = typeof raw.statut === "string" ? STATUS_MESSAGES[raw.statut] : undefined;
  return (
    <>
      <BackLink href={paths.admin.tags()}>Tous les mots-clés</BackLink>
      <h1>Mot-clé « {tag.name} »</h1>
      {status && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>{status}</p>
        </div>
      )}
      <p>
        {tag.articleCount === 0 ? "Aucun article ne le porte." : `Porté par ${articlesSentence(tag.articleCount)}, brouillons compris.`}{" "}
        {tag.publicArticleCount > 0 ? (
          <>
            Page publique : <Link href={paths.tag(tag.slug)}>{paths.tag(tag.slug)}</Link>
          </>
        ) : (
          <>Il n’a pas encore de page publique : elle apparaît avec le premier article publié qui le porte.</>
        )}
      </p>

      <section aria-labelledby="renommer">
        <h2 id="renommer" className="fr-h4">
          Renommer
        </h2>
        <TagForm tag={{ id: tag.id, name: tag.name, slug: tag.slug, updatedAt: tag.updatedAt.toISOString() }} />
      </section>

      {tag.formerSlugs.length > 0 && (
        <section className="fr-mt-6w" aria-labelledby="anciennes-adresses">
          <h2 id="anciennes-adresses" className="fr-h5">
            Anciennes adresses
          </h2>
          <p>Elles redirigent vers l’adresse actuelle (redirection permanente), y compris celles des mots-clés fusionnés dans celui-ci.</p>
          <ul>
            {tag.formerSlugs.map((slug) => (
              <li key={slug}>{paths.tag(slug)}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="fr-mt-8w" aria-labelledby="fusionner">
        <h2 id="fusionner" className="fr-h4">
          Fusionner avec un autre mot-clé
        </h2>
        {targets.length === 0 ? (
          <p>C’est le seul mot-clé : il n’y en a aucun autre avec lequel le fusionner.</p>
        ) : (
          <>
            <p>
              Pour deux mots-clés qui disent la même chose (« Sport » et « Sports ») : les articles de « {tag.name} » reçoivent le mot-clé choisi
              (une seule fois s’ils avaient déjà les deux), l’adresse de « {tag.name} » redirige vers la sienne, puis « {tag.name} » est supprimé.
            </p>
            <MergeTagForm
              source={{ id: tag.id, name: tag.name }}
              targets={targets.map((target) => ({ id: target.id, label: `${target.name} (${target.slug}) — ${articlesSentence(target.articleCount)}` }))}
            />
          </>
        )}
      </section>

      <section className="fr-mt-8w" aria-labelledby="supprimer-mot-cle">
        <h2 id="supprimer-mot-cle" className="fr-h4">
          Supprimer ce mot-clé
        </h2>
        {tag.articleCount > 0 ? (
          <p>
            Impossible pour l’instant : {articlesSentence(tag.articleCount)} le {tag.articleCount === 1 ? "porte" : "portent"}, brouillons compris.
            Retirez-le de ces articles, ou fusionnez-le avec un autre mot-clé.
          </p>
        ) : (
          <DeleteForm
            action={deleteTagAction}
            id={tag.id}
            label="Supprimer le mot-clé"
            confirmLabel={`Je confirme la suppression du mot-clé « ${tag.name} »`}
            buttonLabel="Supprimer le mot-clé"
          >
            <p>Aucun article ne le porte. Ses adresses, anciennes comprises, ne mèneront plus nulle part.</p>
          </DeleteForm>
        )}
      </section>
    </>
  );
}
