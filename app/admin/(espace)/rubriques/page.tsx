import type { Metadata } from "next";
import Link from "next/link";
import { MoveButtons } from "@/components/admin/MoveButtons";
import { listCategoriesForEditing } from "@/lib/admin/categories/queries";
import { articlesSentence, publishedSentence } from "@/lib/admin/taxonomy-fields";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { moveCategoryAction } from "./actions";
import { AdminTable } from "@/components/admin/AdminTable";
import { PublicPageLink } from "@/components/admin/PublicPageLink";

export const metadata: Metadata = { title: "Rubriques" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CategoriesPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "category.manage");
  const [categories, { statut }] = await Promise.all([listCategoriesForEditing(actor), searchParams]);
  return (
    <>
      <h1>Rubriques</h1>
      <p>
        Chaque article appartient à une rubrique. Cet ordre est celui des menus, des filtres et du plan du site ; une rubrique n’a de page
        publique que lorsqu’elle contient au moins un article publié.
      </p>
      {statut === "supprimee" && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>La rubrique a été supprimée.</p>
        </div>
      )}
      <p>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href={paths.admin.newCategory()}>
          Créer une rubrique
        </Link>
      </p>
      <AdminTable caption={`Rubriques dans leur ordre d’affichage : ${categories.length}`}>
                <thead>
                  <tr>
                    <th scope="col">Ordre</th>
                    <th scope="col">Nom</th>
                    <th scope="col">Page publique</th>
                    <th scope="col">Articles</th>
                    <th scope="col">Déplacer</th>
                  </tr>
                </thead>
                <tbody>
                  {categories.length === 0 && (
                    <tr>
                      <td colSpan={5}>Aucune rubrique pour l’instant.</td>
                    </tr>
                  )}
                  {categories.map((category, index) => (
                    <tr key={category.id}>
                      <td>{index + 1}</td>
                      <th scope="row">
                        <Link href={paths.admin.category(category.id)}>{category.name}</Link>
                      </th>
                      <td>
                        <PublicPageLink path={paths.category(category.slug)} published={category.publicArticleCount > 0} />
                      </td>
                      <td>
                        {articlesSentence(category.articleCount)}
                        {category.articleCount > 0 && <span className="fr-text--sm kiosque-block">{publishedSentence(category.publicArticleCount)}</span>}
                      </td>
                      <td>
                        <MoveButtons
                          action={moveCategoryAction}
                          id={category.id}
                          subject={`la rubrique « ${category.name} »`}
                          position={index}
                          count={categories.length}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
      </AdminTable>
    </>
  );
}
