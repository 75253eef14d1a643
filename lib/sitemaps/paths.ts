import { absoluteUrl, paths } from "../urls";

/** Pages whose content does not come from articles: no trustworthy date, so no lastmod. */
export const staticPagePaths = [
  paths.contact(),
  paths.accessibility(),
  paths.legalNotice(),
  paths.siteMap(),
] as const;

/** Absolute URLs of both sitemaps, for robots.txt. */
export function sitemapUrls(): string[] {
  return [absoluteUrl(paths.sitemap()), absoluteUrl(paths.newsSitemap())];
}
