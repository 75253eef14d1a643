import type { Metadata } from "next";
import Link from "next/link";
import { ListingPagination } from "@/components/articles/ListingPagination";
import { listTags } from "@/lib/admin/tags/queries";
import { tagListQuerySchema } from "@/lib/admin/tags/schema";
import { articlesSentence, publishedSentence } from "@/lib/admin/taxonomy-fields";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { AdminTable } from "@/components/admin/AdminTable";
import { PublicPageLink } from "@/components/admin/PublicPageLink";

export const metadata: Metadata = { title: "Mots-clés" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_MESSAGES: Record<string, string> = {
  supprime: "Le mot-clé a été supprimé.",
};

export default async function TagsPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "tag.manage");
  const raw = await searchParams;
  const parsed = tagListQuerySchema.safeParse({ q: raw.q, page: raw.page });
  const query = parsed.success ? parsed.data : { q: undefined, page: 1 };
  const { tags, total, page, pageCount } = await listTags(actor, query);
  const status = typeof raw.statut === "string" ? STATUS_MESSAGES[raw.statut] : undefined;
  const params: Record<string, string> = query.q ? { q: query.q } : {};

  return (
    <>
      <h1>Mots-clés</h1>
      <p>
        Les mots-clés relient des articles de rubriques différentes. Un mot-clé n’a de page publique que lorsqu’un article publié le porte ;
        ouvrez-en un pour le renommer, le fusionner avec un autre ou le supprimer.
      </p>
      {status && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>{status}</p>
        </div>
      )}
      {!parsed.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>Recherche invalide : {parsed.error.issues.map((issue) => issue.message).join(" ")} La liste est affichée sans filtre.</p>
        </div>
      )}
      <p>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href={paths.admin.newTag()}>
          Créer un mot-clé
        </Link>
      </p>
      <form method="get" action={paths.admin.tags()} role="search" aria-label="Chercher un mot-clé" className="fr-mb-4w">
        <div className="fr-search-bar" id="recherche-mots-cles">
          <label className="fr-label" htmlFor="recherche-mots-cles-champ">
            Chercher un mot-clé par son nom
          </label>
          <input className="fr-input" type="search" id="recherche-mots-cles-champ" name="q" defaultValue={query.q ?? ""} maxLength={100} />
          <button type="submit" className="fr-btn">
            Chercher
          </button>
        </div>
        {query.q && (
          <p className="fr-mt-1w">
            <Link className="fr-link" href={paths.admin.tags()}>
              Afficher tous les mots-clés
            </Link>
          </p>
        )}
      </form>
      <AdminTable caption={`${query.q ? `Mots-clés dont le nom contient « ${query.q} »` : "Mots-clés par ordre alphabétique"} : ${total} au total, page ${page} sur ${pageCount}`}>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Page publique</th>
                    <th scope="col">Articles</th>
                  </tr>
                </thead>
                <tbody>
                  {tags.length === 0 && (
                    <tr>
                      <td colSpan={3}>{query.q ? "Aucun mot-clé ne correspond à cette recherche." : "Aucun mot-clé pour l’instant."}</td>
                    </tr>
                  )}
                  {tags.map((tag) => (
                    <tr key={tag.id}>
                      <th scope="row">
                        <Link href={paths.admin.tag(tag.id)}>{tag.name}</Link>
                      </th>
                      <td>
                        <PublicPageLink path={paths.tag(tag.slug)} published={tag.publicArticleCount > 0} />
                      </td>
                      <td>
                        {articlesSentence(tag.articleCount)}
                        {tag.articleCount > 0 && <span className="fr-text--sm kiosque-block">{publishedSentence(tag.publicArticleCount)}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
      </AdminTable>
      <ListingPagination page={page} pageCount={pageCount} basePath={paths.admin.tags()} params={params} />
    </>
  );
}
