import Link from "next/link";
import { ArticleNeighbours } from "@/components/articles/ArticleNeighbours";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { FigureImage } from "@/components/articles/FigureImage";
import { ContactSites } from "@/components/contact/ContactSites";
import { BackToTop } from "@/components/layout/BackToTop";
import { RichText } from "@/components/rich-text/RichText";
import { SharePanel } from "@/components/share/SharePanel";
import { JsonLd } from "@/components/seo/JsonLd";
import { siteUrl } from "@/lib/env";
import { formatDateFr } from "@/lib/format/date";
import type { PublicArticle } from "@/lib/public/article-types";
import type { PublicSettings, PublicSite } from "@/lib/public/site";
import { readingTimeMinutes } from "@/lib/rich-text/plain-text";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { paths } from "@/lib/urls";

type Props = {
  article: PublicArticle;
  sites: PublicSite[];
  settings: PublicSettings;
  /** the back office's preview: no structured data for search engines, no sharing of an unpublished URL */
  preview?: boolean;
};

/** An article as readers see it: the public page, and the back office's preview of a working copy. */
export function ArticleView({ article, sites, settings, preview = false }: Props) {
  const minutes = readingTimeMinutes(article.body);
  const crumbs = [
    { label: "Accueil", href: paths.home() },
    { label: "Actualités", href: paths.news() },
  ];

  return (
    <div className="fr-container fr-my-4w">
      {!preview && <JsonLd data={newsArticleJsonLd(article, settings)} />}
      {!preview && (
        <JsonLd
          data={breadcrumbJsonLd([
            ...crumbs.map((crumb) => ({ name: crumb.label, path: crumb.href })),
            { name: article.title, path: paths.article(article.slug) },
          ])}
        />
      )}
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
          {article.heroImage && <FigureImage image={article.heroImage} priority unoptimized={preview} />}
          <p className="kiosque-chapo fr-mt-3w">{article.excerpt}</p>
          <RichText doc={article.body} siteOrigin={siteUrl()} unoptimizedImages={preview} />
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
          {!preview && <SharePanel path={paths.article(article.slug)} title={article.title} excerpt={article.excerpt} />}
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
