import type { Metadata } from "next";
import { siteIdentity } from "../site-identity";
import { absoluteUrl, paths } from "../urls";

type Alternates = NonNullable<Metadata["alternates"]>;

function feeds(label: string, rss: string, atom: string): Alternates {
  return {
    types: {
      "application/rss+xml": [{ url: absoluteUrl(rss), title: `${label} (RSS)` }],
      "application/atom+xml": [{ url: absoluteUrl(atom), title: `${label} (Atom)` }],
    },
  };
}

/** Feed autodiscovery (<link rel="alternate">) for the whole site, a category or a tag. */
export const siteFeedAlternates = () => feeds(`Actualités – ${siteIdentity.shortName}`, paths.feeds.rss(), paths.feeds.atom());

export const categoryFeedAlternates = (category: { slug: string; name: string }) =>
  feeds(`${category.name} – ${siteIdentity.shortName}`, paths.feeds.categoryRss(category.slug), paths.feeds.categoryAtom(category.slug));

export const tagFeedAlternates = (tag: { slug: string; name: string }) =>
  feeds(`${tag.name} – ${siteIdentity.shortName}`, paths.feeds.tagRss(tag.slug), paths.feeds.tagAtom(tag.slug));
