import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/admin/BackLink";
import { ArticleEditor } from "@/components/admin/editor/ArticleEditor";
import { getEditorChoices } from "@/lib/admin/articles/editor-data";
import { requirePagePermission } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Nouvel article" };

/**
 * A new article: the editor opens empty and the article is created at its first save (the first
 * autosave or "Enregistrer"), then the address bar shows its own page. Visiting this page creates
 * nothing, so a prefetch, a reload or a change of mind leaves no empty draft behind.
 */
export default async function NewArticlePage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "article.create");
  const choices = await getEditorChoices(actor);
  const first = choices.categories[0];
  return (
    <>
      <BackLink href={paths.admin.articles()}>Tous les articles</BackLink>
      {first ? (
        <ArticleEditor actor={{ id: actor.id, name: actor.name, role: actor.role }} initial={null} defaultCategoryId={first.id} categories={choices.categories} tags={choices.tags} />
      ) : (
        <>
          <h1>Nouvel article</h1>
          <div className="fr-alert fr-alert--info">
            <p>
              Aucune rubrique n’existe encore : un article en a toujours une.{" "}
              {can(actor, "category.manage") ? <Link href={paths.admin.newCategory()}>Créer la première rubrique</Link> : "Demandez à un éditeur d’en créer une."}
            </p>
          </div>
        </>
      )}
    </>
  );
}
