import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/DeleteForm";
import { getCategoryForEditing } from "@/lib/admin/categories/queries";
import { idField } from "@/lib/admin/fields";
import { articlesSentence } from "@/lib/admin/taxonomy-fields";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { deleteCategoryAction } from "../actions";
import { CategoryForm } from "../CategoryForm";
import { BackLink } from "@/components/admin/BackLink";

export const metadata: Metadata = { title: "Modifier une rubrique" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditCategoryPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "category.manage");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const [category, { statut }] = await Promise.all([getCategoryForEditing(actor, id.data), searchParams]);
  if (!category) notFound();
  return (
    <>
      <BackLink href={paths.admin.categories()}>Toutes les rubriques</BackLink>
      <h1>Rubrique « {category.name} »</h1>
      {statut === "creee" && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>Rubrique créée. Elle apparaîtra sur le site avec son premier article publié.</p>
        </div>
      )}
      <p>
        {category.articleCount === 0 ? "Aucun article dans cette rubrique." : `Contenu : ${articlesSentence(category.articleCount)}, brouillons compris.`}{" "}
        {category.publicArticleCount > 0 ? (
          <>
            Page publique : <Link href={paths.category(category.slug)}>{paths.category(category.slug)}</Link>
          </>
        ) : (
          <>Aucun article publié : la rubrique n’a pas encore de page publique.</>
        )}
      </p>
      <CategoryForm
        category={{ id: category.id, name: category.name, slug: category.slug, description: category.description, updatedAt: category.updatedAt.toISOString() }}
      />
      {category.formerSlugs.length > 0 && (
        <section className="fr-mt-6w" aria-labelledby="anciennes-adresses">
          <h2 id="anciennes-adresses" className="fr-h5">
            Anciennes adresses
          </h2>
          <p>Elles redirigent vers l’adresse actuelle (redirection permanente) : les liens et les favoris existants continuent de fonctionner.</p>
          <ul>
            {category.formerSlugs.map((slug) => (
              <li key={slug}>{paths.category(slug)}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="fr-mt-8w" aria-labelledby="supprimer-rubrique">
        <h2 id="supprimer-rubrique" className="fr-h4">
          Supprimer cette rubrique
        </h2>
        {category.articleCount > 0 ? (
          <p>
            Impossible pour l’instant : {articlesSentence(category.articleCount)} {category.articleCount === 1 ? "l’utilise" : "l’utilisent"}, brouillons
            compris. Rattachez-les à une autre rubrique pour pouvoir la supprimer.
          </p>
        ) : (
          <DeleteForm
            action={deleteCategoryAction}
            id={category.id}
            label="Supprimer la rubrique"
            confirmLabel={`Je confirme la suppression de la rubrique « ${category.name} »`}
            buttonLabel="Supprimer la rubrique"
          >
            <p>Aucun article ne l’utilise. Ses adresses, anciennes comprises, ne mèneront plus nulle part.</p>
          </DeleteForm>
        )}
      </section>
    </>
  );
}
