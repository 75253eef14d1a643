import { escapeXml, w3cDateTime } from "../xml/text";

/** The sitemaps.org namespace, shared by url sets and sitemap indexes. */
export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** sitemaps.org: at most 50,000 URLs (and 50 MB) per file; beyond, an index lists several files. */
export const SITEMAP_URL_LIMIT = 50_000;

/** The schema's bound on <loc> (tLoc: 12 to 2,048 characters). */
const MAX_LOC_LENGTH = 2048;

export type SitemapUrl = {
  /** Absolute http(s) URL. */
  loc: string;
  /** A true modification date, or nothing: an invented one only teaches crawlers to ignore it. */
  lastmod?: Date | string | null;
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * A URL the schema accepts: absolute http(s), within the length bound. Anything else is a bug
 * upstream; it is left out rather than making the whole file invalid.
 */
export function isSitemapLoc(loc: string): boolean {
  return /^https?:\/\/[^\s]+$/.test(loc) && loc.length >= 12 && loc.length <= MAX_LOC_LENGTH;
}

function entry(tag: "url" | "sitemap", { loc, lastmod }: SitemapUrl, extra = ""): string {
  const lastmodXml = lastmod ? `<lastmod>${w3cDateTime(lastmod)}</lastmod>` : "";
  return `<${tag}><loc>${escapeXml(loc)}</loc>${lastmodXml}${extra}</${tag}>`;
}

/** A <urlset> document. The caller splits beyond SITEMAP_URL_LIMIT (see split.ts). */
export function renderUrlset(urls: readonly SitemapUrl[]): string {
  const body = urls.filter((url) => isSitemapLoc(url.loc)).map((url) => entry("url", url));
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...body, "</urlset>", ""].join("\n");
}

/** A <sitemapindex> document listing child sitemap files. */
export function renderSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const body = sitemaps.filter((sitemap) => isSitemapLoc(sitemap.loc)).map((sitemap) => entry("sitemap", sitemap));
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...body, "</sitemapindex>", ""].join("\n");
}

/** Shared with the news sitemap, which is a <urlset> with extra elements in each <url>. */
export function renderUrlEntry(url: SitemapUrl, extra: string): string {
  return entry("url", url, extra);
}
