import type { ArticleSummary } from "../public/article-types";

/**
 * An article found by the search. `headline` (from the standfirst and the body) and `titleHeadline`
 * are plain text with HIGHLIGHT_START / HIGHLIGHT_STOP around matched words (lib/search/highlight.ts).
 */
export type SearchHit = ArticleSummary & { headline: string; titleHeadline: string };

/**
 * How many results each filter value would give with the query: a category's count keeps the
 * selected year, a year's count keeps the selected category.
 */
export type SearchFacets = {
  categories: Array<{ slug: string; name: string; count: number }>;
  years: Array<{ year: number; count: number }>;
};

export type SearchResult = {
  items: SearchHit[];
  /** matches across all pages, filters applied */
  total: number;
  page: number;
  pageCount: number;
  facets: SearchFacets;
};

export type SearchOptions = {
  q: string;
  page: number;
  perPage: number;
  categorySlug?: string;
  year?: number;
};
