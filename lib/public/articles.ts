import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { tags } from "../cache-tags";
import { isSlug } from "../slug";
import type { ArticleLookup, ArticlePage, ArticleSummary, PublicArticle } from "./article-types";
import { summarySelect, toPublicImage, toSummary } from "./mappers";
import { publicCache } from "./schedule";
import { publicArticleWhere } from "./visibility";

export const MAX_PAGE = 10_000;

/** The newest public articles, newest first. */
export async function getLatestArticles(count: number): Promise<ArticleSummary[]> {
  const load = await publicCache(
    async (take: number) => {
      const rows = await prisma.article.findMany({
        where: publicArticleWhere(),
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take,
        select: summarySelect,
      });
      return rows.map(toSummary);
    },
    ["latest-articles"],
    [tags.articles],
  );
  return load(count);
}

/**
 * One page of the public listing. Returns null when the page does not exist (beyond the last one),
 * so that the route answers 404 rather than an empty page. Page 1 always exists, even if empty.
 */
export async function getArticlePage(options: {
  page: number;
  perPage: number;
  categorySlug?: string;
  tagSlug?: string;
}): Promise<ArticlePage | null> {
  const { page, perPage, categorySlug, tagSlug } = options;
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) return null;
  const load = await publicCache(
    async (pageNumber: number, size: number, category: string | null, tag: string | null): Promise<ArticlePage | null> => {
      const where = {
        ...publicArticleWhere(),
        ...(category ? { category: { slug: category } } : {}),
        ...(tag ? { tags: { some: { tag: { slug: tag } } } } : {}),
      };
      const total = await prisma.article.count({ where });
      const pageCount = Math.max(1, Math.ceil(total / size));
      if (pageNumber > pageCount) return null;
      const orderBy = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];
      // The page's ids first: an index-only walk of the public index, however deep the page; then
      // those rows only (a deep OFFSET over whole rows made PostgreSQL sort the archive instead).
      const ids = await prisma.article.findMany({ where, orderBy, skip: (pageNumber - 1) * size, take: size, select: { id: true } });
      const rows = await prisma.article.findMany({ where: { id: { in: ids.map((row) => row.id) } }, orderBy, select: summarySelect });
      return { items: rows.map(toSummary), page: pageNumber, pageCount, total };
    },
    ["article-page"],
    [tags.articles, ...(categorySlug ? [tags.category(categorySlug)] : []), ...(tagSlug ? [tags.tag(tagSlug)] : [])],
  );
  return load(page, perPage, categorySlug ?? null, tagSlug ?? null);
}

/**
 * What the article URL /actualites/<slug> should answer: the article, a permanent redirect to its
 * current slug (the slug is a former one), "gone" for an article withdrawn after having been
 * public, or nothing. Shared by generateMetadata and the page of
 * one request (React's cache()).
 */
export const lookupArticle = cache(async (slug: string): Promise<ArticleLookup> => {
  // Anything that is not a well-formed slug cannot exist: no query, and nothing cached for it.
  if (!isSlug(slug)) return { kind: "missing" };
  const load = await publicCache(loadArticle, ["article", slug], [tags.articles, tags.article(slug)]);
  return load(slug);
});

async function loadArticle(slug: string): Promise<ArticleLookup> {
  const where = publicArticleWhere();
  const row = await prisma.article.findFirst({
    where: { ...where, slug },
    select: {
      ...summarySelect,
      id: true,
      body: true,
      revisedAt: true,
      author: { select: { name: true } },
      tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
    },
  });
  if (!row) {
    const redirect = await prisma.slugRedirect.findUnique({
      where: { oldSlug: slug },
      select: { article: { select: { slug: true } } },
    });
    const target = redirect?.article.slug;
    // A former slug redirects only to an article the reader may see; never to itself.
    if (target && target !== slug && (await prisma.article.count({ where: { ...where, slug: target } })) > 0) {
      return { kind: "redirect", slug: target };
    }
    // Readers and search engines may know the URL of an article that was public: "gone", not "not found".
    const withdrawn = await prisma.article.count({
      where: { OR: [{ slug }, { oldSlugs: { some: { oldSlug: slug } } }], firstPublishedAt: { not: null } },
    });
    return withdrawn > 0 ? { kind: "gone" } : { kind: "missing" };
  }

  const publishedAt = row.publishedAt ?? new Date(0);
  const [previous, next] = await Promise.all([
    prisma.article.findFirst({
      where: { ...where, OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: row.id } }] },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { slug: true, title: true },
    }),
    prisma.article.findFirst({
      where: { ...where, OR: [{ publishedAt: { gt: publishedAt } }, { publishedAt, id: { gt: row.id } }] },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: { slug: true, title: true },
    }),
  ]);

  const article: PublicArticle = {
    ...toSummary(row),
    heroImage: toPublicImage(row.heroImage),
    body: row.body,
    revisedAt: row.revisedAt?.toISOString() ?? null,
    authorName: row.author.name,
    tags: row.tags.map(({ tag }) => tag),
    previous,
    next,
  };
  return { kind: "found", article };
}
