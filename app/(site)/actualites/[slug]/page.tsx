import { createHash } from "node:crypto";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleGone } from "@/components/articles/ArticleGone";
import { ArticleView } from "@/components/articles/ArticleView";
import { lookupArticle } from "@/lib/public/articles";
import { CROPS, cropPath } from "@/lib/images/crops";
import type { PublicArticle } from "@/lib/public/article-types";
import { getSettings, getSites } from "@/lib/public/site";
import { renderedWithStatus } from "@/lib/response-status";
import { NOT_INDEXABLE, pageMetadata, type ShareImage } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";

// Incremental rendering: nothing is built from the database at `next build`; each article is
// rendered on its first request, cached, and invalidated by tag when it changes.
export const revalidate = 3600; // PAGE_TTL_SECONDS: segment config must be a literal
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

/** The article, or null when it was withdrawn after having been public (410); otherwise a redirect or a 404. */
async function resolve(params: Props["params"]): Promise<PublicArticle | null> {
  const { slug } = await params;
  const result = await lookupArticle(slug);
  if (result.kind === "redirect") permanentRedirect(paths.article(result.slug));
  if (result.kind === "missing") notFound();
  if (result.kind === "gone") {
    renderedWithStatus(410);
    return null;
  }
  renderedWithStatus(null);
  return result.article;
}

function shareImage(article: PublicArticle, schoolName: string): ShareImage {
  if (article.heroImage) {
    return { url: cropPath("og", article.heroImage.storageKey), ...CROPS.og, alt: article.heroImage.alt };
  }
  // Versioned by what the card shows, so that a new title is not hidden behind a cached card.
  const version = createHash("sha256")
    .update([article.title, article.category.name, schoolName].join("\n"))
    .digest("hex")
    .slice(0, 10);
  return { url: `${paths.article(article.slug)}/partage.png?v=${version}`, ...CROPS.og, alt: article.title };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [result, settings] = await Promise.all([lookupArticle((await params).slug), getSettings()]);
  // The page itself answers the redirect or the 404: throwing here too sent the Location header twice.
  if (result.kind === "gone") return { title: "Article retiré", robots: NOT_INDEXABLE };
  if (result.kind !== "found") return {};
  const { article } = result;
  return pageMetadata({
    title: article.title,
    description: article.excerpt,
    path: paths.article(article.slug),
    images: [shareImage(article, settings.siteName)],
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.revisedAt ?? article.publishedAt,
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
      authors: [article.authorName],
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const [article, sites, settings] = await Promise.all([resolve(params), getSites(), getSettings()]);
  if (!article) return <ArticleGone />;
  return <ArticleView article={article} sites={sites} settings={settings} />;
}
