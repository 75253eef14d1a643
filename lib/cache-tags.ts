/**
 * Cache tags of published content. Every write in the back office invalidates through
 * lib/revalidate.ts, with these names only.
 */
export const tags = {
  articles: "articles",
  article: (slug: string) => `article:${slug}`,
  category: (slug: string) => `category:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  sites: "sites",
  settings: "settings",
  /** who may see each stored file, and its focal point (lib/media/visibility.ts) */
  media: "media",
} as const;

/** Seconds a published page may be served from cache before it is re-rendered anyway. */
export const PAGE_TTL_SECONDS = 3600;
