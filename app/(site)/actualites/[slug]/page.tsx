import { createHash } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleNeighbours } from "@/components/articles/ArticleNeighbours";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { FigureImage } from "@/components/articles/FigureImage";
import { ShareBlock } from "@/components/articles/ShareBlock";
import { ContactSites } from "@/components/contact/ContactSites";
import { BackToTop } from "@/components/layout/BackToTop";
import { RichText } from "@/components/rich-text/RichText";
import { siteUrl } from "@/lib/env";
import { formatDateFr } from "@/lib/format/date";
import { lookupArticle } from "@/lib/public/articles";
import { CROPS, cropPath } from "@/lib/images/crops";
import type { PublicArticle } from "@/lib/public/article-types";
import { getSettings, getSites } from "@/lib/public/site";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata, type ShareImage } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";
import { JsonLd } from "@/components/seo/JsonLd";
import { readingTimeMinutes } from "@/lib/rich-text/plain-text";

// Incremental rendering: nothing is built from the database at `next build`; each article is
// rendered on its first request, cached, and invalidated by tag when it changes.
export const revalidate = 3600; // PAGE_TTL_SECONDS: segment config must be a literal
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function resolve(params: Props["params"]) {
  const { slug } = await params;
  const result = await lookupArticle(slug);
  if (result.kind === "redirect") permanentRedirect(paths.article(result.slug));
  if (result.kind === "missing") notFound();
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
  const url = `${siteUrl()}${paths.article(article.slug)}`;
  const minutes = readingTimeMinutes(article.body);
  const crumbs = [
    { label: "Accueil", href: paths.home() },
    { label: "Actualités", href: paths.news() },
  ];

  return (
    <div className="fr-container fr-my-4w">
      <JsonLd data={newsArticleJsonLd(article, settings)} />
      <JsonLd
        data={breadcrumbJsonLd([
          ...crumbs.map((crumb) => ({ name: crumb.label, path: crumb.href })),
          { name: article.title, path: paths.article(article.slug) },
        ])}
      />
      <Breadcrumb segments={crumbs} current={article.title} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <article className="fr-col-12 fr-col-lg-8" aria-labelledby="article-title">
          <header>
            <p className="fr-mb-1w">
              <Link className="fr-tag fr-tag--sm" href={paths.category(article.category.slug)}>
                {article.category.name}
              </Link>
            </p>
            <h1 id="article-title">{article.title}</h1>
            <p className="fr-text--sm kiosque-article-meta">
              Publié le <time dateTime={article.publishedAt}>{formatDateFr(article.publishedAt)}</time>
              {article.revisedAt && (
                <>
                  {" "}
                  · Mis à jour le <time dateTime={article.revisedAt}>{formatDateFr(article.revisedAt)}</time>
                </>
              )}
              {` · Lecture : ${minutes} min`}
            </p>
          </header>
          {article.heroImage && <FigureImage image={article.heroImage} priority />}
          <p className="kiosque-chapo fr-mt-3w">{article.excerpt}</p>
          <RichText doc={article.body} siteOrigin={siteUrl()} />
          {article.tags.length > 0 && (
            <ul className="fr-tags-group fr-mt-4w" aria-label="Mots-clés">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link className="fr-tag fr-tag--sm" href={paths.tag(tag.slug)}>
                    {tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <ShareBlock title={article.title} url={url} />
          <ArticleNeighbours previous={article.previous} next={article.next} />
          <BackToTop />
        </article>
        <div className="fr-col-12 fr-col-lg-4">
          <ContactSites sites={sites} schoolName={settings.siteName} />
        </div>
      </div>
    </div>
  );
}
