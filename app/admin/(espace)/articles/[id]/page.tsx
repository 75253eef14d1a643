import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/BackLink";
import { ArticleEditor } from "@/components/admin/editor/ArticleEditor";
import { getEditorChoices, getEditorState } from "@/lib/admin/articles/editor-data";
import { ForbiddenError, NotFoundError } from "@/lib/admin/errors";
import { idField } from "@/lib/admin/fields";
import { requirePagePermission } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Modifier un article" };

type Props = { params: Promise<{ id: string }> };

/** An article that does not exist and another author's article answer the same 404. */
async function readable<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}

export default async function EditArticlePage({ params }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "article.read");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const [state, choices] = await Promise.all([readable(() => getEditorState(actor, id.data)), getEditorChoices(actor)]);
  return (
    <>
      <BackLink href={paths.admin.articles()}>Tous les articles</BackLink>
      {state.article.hasBeenPublic && can(actor, "statistics.read") && (
        <p>
          <Link className="fr-link fr-icon-bar-chart-box-line fr-link--icon-left" href={paths.admin.articleStatistics(state.article.id)}>
            Statistiques de partage de cet article
          </Link>
        </p>
      )}
      <ArticleEditor
        // A new editor for each article: its session (autosave, local copy, presence) is the article's.
        key={state.article.id}
        actor={{ id: actor.id, name: actor.name, role: actor.role }}
        initial={state}
        defaultCategoryId={state.content.categoryId}
        categories={choices.categories}
        tags={choices.tags}
      />
    </>
  );
}
