import type { SiteIdentity } from "../public/site";
import { absoluteUrl } from "../urls";
import { feedPaths, feedTitle, type FeedScope } from "./scope";

type Named = { slug: string; name: string };

/** Next's Metadata `alternates` for feed autodiscovery: <link rel="alternate" type="application/rss+xml" …>. */
export type FeedScopeOf = { category?: Named } | { tag?: Named };

export type FeedAlternates = {
  types: {
    "application/rss+xml": [{ url: string; title: string }];
    "application/atom+xml": [{ url: string; title: string }];
  };
};

/**
 * The RSS and Atom feeds of all news (no scope), of a category or of a tag, as Next's Metadata
 * API wants them (`alternates: feedAlternates(identity, { category })`). The titles are the feeds' own.
 */
export function feedAlternates(identity: SiteIdentity, scope?: FeedScopeOf): FeedAlternates {
  const category = scope && "category" in scope ? scope.category : undefined;
  const tag = scope && "tag" in scope ? scope.tag : undefined;
  const feedScope: FeedScope = category
    ? { kind: "category", slug: category.slug, name: category.name }
    : tag
      ? { kind: "tag", slug: tag.slug, name: tag.name }
      : { kind: "all" };
  const title = feedTitle(feedScope, identity);
  const { rss, atom } = feedPaths(feedScope);
  return {
    types: {
      "application/rss+xml": [{ url: absoluteUrl(rss), title: `${title} (RSS)` }],
      "application/atom+xml": [{ url: absoluteUrl(atom), title: `${title} (Atom)` }],
    },
  };
}
