/**
 * Shapes of public data. Dates travel as ISO strings: unstable_cache stores results as JSON.
 */
export type PublicImage = {
  storageKey: string;
  url: string;
  alt: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
};

export type PublicCategory = { slug: string; name: string; description: string };

export type PublicTag = { slug: string; name: string };

export type ArticleSummary = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  category: PublicCategory;
  heroImage: PublicImage | null;
};

export type ArticleNeighbour = { slug: string; title: string };

export type PublicArticle = ArticleSummary & {
  body: unknown;
  revisedAt: string | null;
  authorName: string;
  tags: PublicTag[];
  previous: ArticleNeighbour | null;
  next: ArticleNeighbour | null;
};

export type ArticleLookup =
  | { kind: "found"; article: PublicArticle }
  | { kind: "redirect"; slug: string }
  /** it was public and has been withdrawn (unpublished, archived, in the trash): 410 Gone */
  | { kind: "gone" }
  | { kind: "missing" };

export type ArticlePage = {
  items: ArticleSummary[];
  page: number;
  pageCount: number;
  total: number;
};
