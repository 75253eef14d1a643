import { getSettings } from "../public/site";
import { absoluteUrl, paths } from "../urls";
import { NEWS_MAX_URLS, NEWS_WINDOW_MS, renderNewsSitemap, selectNewsArticles } from "./news-sitemap-xml";
import {
  countSitemapArticles,
  getListingEntries,
  getNewsSitemapArticles,
  getSitemapArticles,
  getSitemapArticlesLastmod,
  type SitemapEntry,
} from "./queries";
import { renderSitemapIndex, renderUrlset, SITEMAP_URL_LIMIT, type SitemapUrl } from "./sitemap-xml";
import { sitemapLayout, sitemapPart, type SitemapPart } from "./split";

/**
 * The sitemap documents as served. `limit` is the number of URLs per file: 50,000 in production,
 * a handful in tests to prove the split.
 */
const toUrl = (entry: SitemapEntry): SitemapUrl => ({ loc: absoluteUrl(entry.path), lastmod: entry.lastmod });

function newest(dates: (string | null)[]): string | null {
  return dates.reduce<string | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}

async function partEntries(part: SitemapPart, listings: SitemapEntry[]): Promise<SitemapEntry[]> {
  const articles = await getSitemapArticles(part.articles.start, part.articles.end);
  return [...listings.slice(part.listings.start, part.listings.end), ...articles];
}

/** /sitemap.xml: every URL in one <urlset>, or, beyond `limit` URLs, a <sitemapindex> of files. */
export async function buildRootSitemap(limit: number = SITEMAP_URL_LIMIT): Promise<string> {
  const [listings, articleCount] = await Promise.all([getListingEntries(), countSitemapArticles()]);
  const layout = sitemapLayout(listings.length, articleCount, limit);
  if (layout.kind === "single") {
    const articles = await getSitemapArticles(0, articleCount);
    return renderUrlset([...listings, ...articles].map(toUrl));
  }
  const sitemaps = await Promise.all(
    layout.parts.map(async (part) => {
      const listingDates = listings.slice(part.listings.start, part.listings.end).map((entry) => entry.lastmod);
      const articlesDate = await getSitemapArticlesLastmod(part.articles.start, part.articles.end);
      return { loc: absoluteUrl(paths.sitemapPart(part.number)), lastmod: newest([...listingDates, articlesDate]) };
    }),
  );
  return renderSitemapIndex(sitemaps);
}

/** /sitemaps/<n>.xml: file n of the index, or null when the index has no such file. */
export async function buildSitemapPart(number: number, limit: number = SITEMAP_URL_LIMIT): Promise<string | null> {
  const [listings, articleCount] = await Promise.all([getListingEntries(), countSitemapArticles()]);
  const part = sitemapPart(number, listings.length, articleCount, limit);
  if (!part) return null;
  return renderUrlset((await partEntries(part, listings)).map(toUrl));
}

/** /sitemap-actualites.xml: the Google News sitemap, as of `now`. */
export async function buildNewsSitemap(now: Date = new Date()): Promise<string> {
  const [newest, identity] = await Promise.all([getNewsSitemapArticles(NEWS_WINDOW_MS, NEWS_MAX_URLS), getSettings()]);
  const articles = selectNewsArticles(newest, now);
  return renderNewsSitemap(
    articles.map((article) => ({ loc: absoluteUrl(article.path), title: article.title, publishedAt: article.publishedAt })),
    { name: identity.siteName, language: "fr" },
  );
}
