/**
 * How the site's URLs are spread over sitemap files. URLs have a fixed order — the listing
 * entries (home, static pages, categories, tags: a few hundred at most) first, then the articles,
 * oldest first so that publishing only ever changes the last file — and file n (1-based) holds
 * positions [(n - 1) × limit, n × limit).
 */
export type SitemapPart = {
  /** 1-based file number, as in /sitemaps/<n>.xml. */
  number: number;
  /** Range of listing entries in this file: [start, end). */
  listings: { start: number; end: number };
  /** Range of articles (offsets in the oldest-first article order): [start, end). */
  articles: { start: number; end: number };
};

export type SitemapLayout =
  | { kind: "single" }
  | { kind: "index"; parts: SitemapPart[] };

function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Limite de sitemap invalide : ${limit}`);
}

/** One file when everything fits within `limit` URLs, an index of files otherwise. */
export function sitemapLayout(listingCount: number, articleCount: number, limit: number): SitemapLayout {
  assertLimit(limit);
  const total = listingCount + articleCount;
  if (total <= limit) return { kind: "single" };
  const parts: SitemapPart[] = [];
  for (let number = 1; (number - 1) * limit < total; number++) {
    parts.push(sitemapPart(number, listingCount, articleCount, limit)!);
  }
  return { kind: "index", parts };
}

/** File `number` of an index, or null when there is no such file (including when no index is needed). */
export function sitemapPart(number: number, listingCount: number, articleCount: number, limit: number): SitemapPart | null {
  assertLimit(limit);
  const total = listingCount + articleCount;
  if (!Number.isInteger(number) || number < 1 || total <= limit) return null;
  const start = (number - 1) * limit;
  if (start >= total) return null;
  const end = Math.min(start + limit, total);
  return {
    number,
    listings: { start: Math.min(start, listingCount), end: Math.min(end, listingCount) },
    articles: { start: Math.max(start - listingCount, 0), end: Math.max(end - listingCount, 0) },
  };
}
