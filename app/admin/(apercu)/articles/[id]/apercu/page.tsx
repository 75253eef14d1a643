import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/articles/ArticleView";
import { getArticlePreview } from "@/lib/admin/articles/queries";
import { idField } from "@/lib/admin/fields";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { getSettings, getSites } from "@/lib/public/site";

export const metadata: Metadata = { title: "Aperçu — non publié", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

/**
 * "Aperçu": the content being edited rendered by the public page's own components, for signed-in
 * staff allowed to read the article; never indexed, never cached (the back office's headers).
 */
export default async function ArticlePreviewPage({ params }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "article.read");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const [article, sites, settings] = await Promise.all([getArticlePreview(actor, id.data).catch(() => null), getSites(), getSettings()]);
  if (!article) notFound();
  return (
    <>
      <div className="fr-notice fr-notice--warning" role="note" aria-label="Aperçu">
        <div className="fr-container">
          <div className="fr-notice__body">
            <p className="fr-notice__title">
              Aperçu — non publié. Cette page n’est visible que par l’équipe.{" "}
              <Link href={paths.admin.article(id.data)}>Revenir à l’article</Link>
            </p>
          </div>
        </div>
      </div>
      <ArticleView article={article} sites={sites} settings={settings} preview />
    </>
  );
}
