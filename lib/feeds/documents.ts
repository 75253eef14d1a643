import { siteUrl } from "../env";
import { getSettings } from "../public/site";
import { mediaUrl } from "../storage";
import { absoluteUrl, paths } from "../urls";
import { bodyToHtml } from "./body-html";
import { renderAtom, renderRss, type FeedDocument, type FeedEntry } from "./build-feed";
import { findFeedScope, getFeedArticles, getFeedBodies, type FeedArticle } from "./queries";
import { articleGuid, FEED_SIZE, feedDescription, feedPaths, feedTitle, type FeedScopeRef } from "./scope";

export type FeedFormat = "rss" | "atom";

function toEntry(article: FeedArticle, body: unknown): FeedEntry {
  const url = absoluteUrl(paths.article(article.slug));
  const published = new Date(article.publishedAt);
  const revised = article.revisedAt ? new Date(article.revisedAt) : null;
  return {
    guid: articleGuid(article.id),
    url,
    title: article.title,
    summary: article.excerpt,
    contentHtml: bodyToHtml(body, { siteUrl: siteUrl(), articleUrl: url }),
    published,
    updated: revised && revised > published ? revised : published,
    author: article.authorName,
    category: article.category,
    enclosure: article.heroImage
      ? {
          url: absoluteUrl(mediaUrl(article.heroImage.storageKey)),
          type: article.heroImage.mimeType,
          length: article.heroImage.sizeBytes,
        }
      : null,
  };
}

/** The feed document of a scope, or null when the scope has no feed (the route answers 404). */
export async function loadFeedDocument(ref: FeedScopeRef, now: Date = new Date()): Promise<FeedDocument | null> {
  const [scope, identity] = await Promise.all([findFeedScope(ref), getSettings()]);
  if (!scope) return null;
  const articles = await getFeedArticles(ref, FEED_SIZE);
  const bodies = await getFeedBodies(articles.map((article) => article.slug));
  const entries = articles.map((article) => toEntry(article, bodies.get(article.slug)));
  const { html, rss, atom } = feedPaths(ref);
  // An empty feed has no article to date it; Atom requires <updated> all the same.
  const updated = entries.reduce<Date | null>((max, entry) => (!max || entry.updated > max ? entry.updated : max), null) ?? now;
  return {
    id: absoluteUrl(html),
    title: feedTitle(scope, identity),
    description: feedDescription(scope, identity),
    htmlUrl: absoluteUrl(html),
    rssUrl: absoluteUrl(rss),
    atomUrl: absoluteUrl(atom),
    language: "fr",
    copyright: `© ${identity.shortName} – ${identity.siteName}`,
    publisher: identity.siteName,
    updated,
    entries,
  };
}

/** The serialized feed, or null when the scope has no feed. */
export async function buildFeed(ref: FeedScopeRef, format: FeedFormat): Promise<string | null> {
  const doc = await loadFeedDocument(ref);
  if (!doc) return null;
  return format === "rss" ? renderRss(doc) : renderAtom(doc);
}
