import { absoluteUrl, paths } from "../urls";

/**
 * Public paths the sitemaps need that lib/urls.ts does not define yet. They belong there; until
 * they move, they are named here once rather than spelled in several places.
 */
export const sitemapPaths = {
  accessibility: () => "/accessibilite",
  legalNotice: () => "/mentions-legales",
  siteMap: () => "/plan-du-site",
  /** One file of a split sitemap, 1-based. */
  part: (number: number) => `/sitemaps/${number}.xml`,
} as const;

/** Pages whose content does not come from articles: no trustworthy date, so no lastmod. */
export const staticPagePaths = [
  paths.contact(),
  sitemapPaths.accessibility(),
  sitemapPaths.legalNotice(),
  sitemapPaths.siteMap(),
] as const;

/** Absolute URLs of both sitemaps, for robots.txt. */
export function sitemapUrls(): string[] {
  return [absoluteUrl(paths.sitemap()), absoluteUrl(paths.newsSitemap())];
}
