import { escapeXml, oneLine, w3cDateTime } from "../xml/text";
import { isSitemapLoc, renderUrlEntry, SITEMAP_NS } from "./sitemap-xml";

export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** Google News: only articles published in the last two days, and at most 1,000 of them. */
export const NEWS_WINDOW_MS = 48 * 3600 * 1000;
export const NEWS_MAX_URLS = 1000;

export type NewsPublication = { name: string; language: string };

export type NewsArticle = {
  /** Absolute URL of the article. */
  loc: string;
  title: string;
  publishedAt: Date | string;
};

/** The articles a news sitemap may list at `now`: in the 48-hour window, newest first, capped. */
export function selectNewsArticles<T extends { publishedAt: Date | string }>(articles: readonly T[], now: Date): T[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((article) => {
      const time = new Date(article.publishedAt).getTime();
      return time > since && time <= now.getTime();
    })
    .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime())
    .slice(0, NEWS_MAX_URLS);
}

/**
 * A Google News sitemap: a sitemaps.org <urlset> whose <url> elements each carry <news:news>
 * with the publication (name, language), the publication date (W3C datetime, with its time zone)
 * and the title. The caller selects the articles (selectNewsArticles).
 */
export function renderNewsSitemap(articles: readonly NewsArticle[], publication: NewsPublication): string {
  const publicationXml =
    `<news:publication><news:name>${escapeXml(oneLine(publication.name))}</news:name>` +
    `<news:language>${escapeXml(publication.language)}</news:language></news:publication>`;
  const body = articles
    .filter((article) => isSitemapLoc(article.loc))
    .map((article) =>
      renderUrlEntry(
        { loc: article.loc },
        `<news:news>${publicationXml}` +
          `<news:publication_date>${w3cDateTime(article.publishedAt)}</news:publication_date>` +
          `<news:title>${escapeXml(oneLine(article.title))}</news:title></news:news>`,
      ),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...body,
    "</urlset>",
    "",
  ].join("\n");
}
