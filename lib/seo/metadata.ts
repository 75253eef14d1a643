import type { Metadata } from "next";
import { siteIdentity } from "../site-identity";
import { feedAlternates } from "../feeds/alternates";
import { absoluteUrl } from "../urls";

export type ShareImage = { url: string; width: number; height: number; alt: string };

type PageMetadataInput = {
  /** the page's own title; the layout's template adds " | ENSP" */
  title: string;
  description: string;
  /** site-relative canonical path, e.g. "/actualites/mon-article" */
  path: string;
  images?: ShareImage[];
  /** pages that must not be indexed: search results, forms, previews */
  noindex?: boolean;
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[]; authors: string[] };
  /** extra alternates, e.g. a category's own feeds, announced beside the site's */
  alternates?: Metadata["alternates"];
};

type FeedTypes = Record<string, { url: string; title: string }[]>;

function mergeFeedTypes(extra: Metadata["alternates"]): FeedTypes {
  const merged: FeedTypes = {};
  for (const source of [feedAlternates().types, extra?.types]) {
    for (const [type, links] of Object.entries((source ?? {}) as FeedTypes)) merged[type] = [...(merged[type] ?? []), ...links];
  }
  return merged;
}

/** Google asks news publishers for large previews; only noindex pages opt out. */
export const INDEXABLE: Metadata["robots"] = {
  index: true,
  follow: true,
  googleBot: { index: true, follow: true, "max-image-preview": "large", "max-snippet": -1, "max-video-preview": -1 },
};

export const NOT_INDEXABLE: Metadata["robots"] = { index: false, follow: true, googleBot: { index: false, follow: true } };

/** Complete metadata of a public page: canonical URL, Open Graph, Twitter card, robots. */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const url = absoluteUrl(input.path);
  const images = input.images?.map((image) => ({ ...image, url: absoluteUrl(image.url) }));
  return {
    title: input.title,
    description: input.description,
    // A page's `alternates` replaces the layout's whole: the site's feeds are repeated here.
    alternates: { canonical: url, types: mergeFeedTypes(input.alternates) },
    robots: input.noindex ? NOT_INDEXABLE : INDEXABLE,
    openGraph: {
      type: input.article ? "article" : "website",
      locale: "fr_FR",
      siteName: siteIdentity.name,
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
