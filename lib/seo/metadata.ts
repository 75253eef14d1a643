import type { Metadata } from "next";
import { feedAlternates, type FeedScopeOf } from "../feeds/alternates";
import { getSettings, type SiteIdentity } from "../public/site";
import { absoluteUrl } from "../urls";

export type ShareImage = { url: string; width: number; height: number; alt: string };

export type PageMetadataInput = {
  /** the page's own title; the layout's template adds " | <short name>" */
  title: string;
  description: string;
  /** site-relative canonical path, e.g. "/actualites/mon-article" */
  path: string;
  images?: ShareImage[];
  /** pages that must not be indexed: search results, forms, previews */
  noindex?: boolean;
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[]; authors: string[] };
  /** a category's or a tag's own feeds, announced beside the site's */
  feeds?: FeedScopeOf;
};

/** Google asks news publishers for large previews; only noindex pages opt out. */
export const INDEXABLE: Metadata["robots"] = {
  index: true,
  follow: true,
  googleBot: { index: true, follow: true, "max-image-preview": "large", "max-snippet": -1, "max-video-preview": -1 },
};

export const NOT_INDEXABLE: Metadata["robots"] = { index: false, follow: true, googleBot: { index: false, follow: true } };

type FeedTypes = Record<string, { url: string; title: string }[]>;

function feedTypes(identity: SiteIdentity, scope: FeedScopeOf | undefined): FeedTypes {
  const merged: FeedTypes = {};
  const sources = [feedAlternates(identity).types, ...(scope ? [feedAlternates(identity, scope).types] : [])];
  for (const source of sources) {
    for (const [type, links] of Object.entries(source as FeedTypes)) merged[type] = [...(merged[type] ?? []), ...links];
  }
  return merged;
}

/** Complete metadata of a public page: canonical URL, Open Graph, Twitter card, robots, feeds. */
export function buildPageMetadata(input: PageMetadataInput, identity: SiteIdentity): Metadata {
  const url = absoluteUrl(input.path);
  const images = input.images?.map((image) => ({ ...image, url: absoluteUrl(image.url) }));
  return {
    title: input.title,
    description: input.description,
    // A page's `alternates` replaces the layout's whole: the site's feeds are repeated here.
    alternates: { canonical: url, types: feedTypes(identity, input.feeds) },
    robots: input.noindex ? NOT_INDEXABLE : INDEXABLE,
    openGraph: {
      type: input.article ? "article" : "website",
      locale: "fr_FR",
      siteName: identity.siteName,
      url,
      title: input.title,
      description: input.description,
      ...(images ? { images } : {}),
      ...(input.article
        ? {
            publishedTime: input.article.publishedTime,
            modifiedTime: input.article.modifiedTime,
            section: input.article.section,
            tags: input.article.tags,
            authors: input.article.authors,
          }
        : {}),
    },
    twitter: {
      card: images?.length ? "summary_large_image" : "summary",
      title: input.title,
      description: input.description,
      ...(images ? { images: images.map((image) => ({ url: image.url, alt: image.alt })) } : {}),
    },
  };
}

/** buildPageMetadata with the site's identity as the settings hold it now. */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  return buildPageMetadata(input, await getSettings());
}
