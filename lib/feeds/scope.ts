import type { SiteIdentity } from "../public/site";
import { absoluteUrl, paths } from "../urls";

/** What a feed covers: all news, one category or one tag. */
export type FeedScopeRef = { kind: "all" } | { kind: "category"; slug: string } | { kind: "tag"; slug: string };
export type FeedScope = { kind: "all" } | { kind: "category"; slug: string; name: string } | { kind: "tag"; slug: string; name: string };

/** The 20 newest public articles, as the issue asks: enough for a reader, cheap to build. */
export const FEED_SIZE = 20;

/** The feed's title, also used (with the format) as the autodiscovery link's title. */
export function feedTitle(scope: FeedScope, identity: SiteIdentity): string {
  const site = `Actualités – ${identity.shortName}`;
  if (scope.kind === "category") return `${scope.name} – ${site}`;
  if (scope.kind === "tag") return `Mot-clé « ${scope.name} » – ${site}`;
  return site;
}

export function feedDescription(scope: FeedScope, identity: SiteIdentity): string {
  const school = `${identity.siteName} (${identity.shortName})`;
  if (scope.kind === "category") return `Les dernières actualités de la rubrique « ${scope.name} » — ${school}.`;
  if (scope.kind === "tag") return `Les dernières actualités avec le mot-clé « ${scope.name} » — ${school}.`;
  return `Les dernières actualités — ${school}.`;
}

/** Site paths of the scope's HTML page and of its two feeds. */
export function feedPaths(scope: FeedScopeRef): { html: string; rss: string; atom: string } {
  if (scope.kind === "category") {
    return { html: paths.category(scope.slug), rss: paths.feeds.categoryRss(scope.slug), atom: paths.feeds.categoryAtom(scope.slug) };
  }
  if (scope.kind === "tag") {
    return { html: paths.tag(scope.slug), rss: paths.feeds.tagRss(scope.slug), atom: paths.feeds.tagAtom(scope.slug) };
  }
  return { html: paths.news(), rss: paths.feeds.rss(), atom: paths.feeds.atom() };
}

/**
 * An article's feed identifier: a tag URI (RFC 4151) on the article's database id, so that a
 * reader does not show an article again as new when its slug, hence its URL, changes.
 */
export function articleGuid(articleId: string): string {
  return `tag:${new URL(absoluteUrl("/")).hostname},2026:article:${articleId}`;
}
