import { tags } from "../cache-tags";
import { prisma } from "../db";
import { publicCache } from "../public/schedule";
import { publicArticleWhere } from "../public/visibility";
import { paths } from "../urls";
import { staticPagePaths } from "./paths";

/**
 * Sitemap data. Dates travel as ISO strings: unstable_cache stores results as JSON. Everything is
 * tagged `articles` — the tag every article write revalidates — because every entry's presence and
 * lastmod follow from public articles; nothing here depends on environment (URLs are made
 * absolute by the caller).
 */
export type SitemapEntry = { path: string; lastmod: string | null };

/** Articles per cached chunk: keeps each cache entry far below Next's 2 MB data-cache limit. */
const ARTICLE_CHUNK = 5_000;

type Dated = { publishedAt: Date | null; revisedAt: Date | null };

/**
 * An article's true modification date: when it went public or, later, when it was substantively
 * revised. Not `updatedAt`, which moves on every row write (status changes, version bumps) and
 * would tell crawlers that unchanged pages changed.
 */
export function articleLastmod({ publishedAt, revisedAt }: Dated): Date | null {
  if (!publishedAt) return revisedAt;
  if (!revisedAt) return publishedAt;
  return revisedAt > publishedAt ? revisedAt : publishedAt;
}

function latest(dates: (Date | null)[]): Date | null {
  let max: Date | null = null;
  for (const date of dates) if (date && (!max || date > max)) max = date;
  return max;
}


async function loadListingEntries(): Promise<SitemapEntry[]> {
  const where = publicArticleWhere();
  const [overall, byCategory, tagLinks] = await Promise.all([
    prisma.article.aggregate({ where, _max: { publishedAt: true, revisedAt: true } }),
    prisma.article.groupBy({ by: ["categoryId"], where, _max: { publishedAt: true, revisedAt: true } }),
    prisma.articleTag.findMany({
      where: { article: where },
      select: { tagId: true, article: { select: { publishedAt: true, revisedAt: true } } },
    }),
  ]);

  const tagLastmods = new Map<string, Date | null>();
  for (const link of tagLinks) {
    tagLastmods.set(link.tagId, latest([tagLastmods.get(link.tagId) ?? null, articleLastmod(link.article)]));
  }
  const categoryLastmods = new Map(byCategory.map((group) => [group.categoryId, articleLastmod(group._max)]));

  const [categories, tagRows] = await Promise.all([
    prisma.category.findMany({
      where: { id: { in: [...categoryLastmods.keys()] } },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true },
    }),
    prisma.tag.findMany({
      where: { id: { in: [...tagLastmods.keys()] } },
      orderBy: [{ name: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true },
    }),
  ]);

  // Home and the news listing show the newest articles: they change when any article does.
  const siteLastmod = articleLastmod(overall._max)?.toISOString() ?? null;
  return [
    { path: paths.home(), lastmod: siteLastmod },
    { path: paths.news(), lastmod: siteLastmod },
    ...staticPagePaths.map((path) => ({ path, lastmod: null })),
    ...categories.map((category) => ({
      path: paths.category(category.slug),
      lastmod: categoryLastmods.get(category.id)?.toISOString() ?? null,
    })),
    ...tagRows.map((tag) => ({ path: paths.tag(tag.slug), lastmod: tagLastmods.get(tag.id)?.toISOString() ?? null })),
  ];
}

/**
 * Home, static pages, then every category and tag page that has at least one public article
 * (an empty one answers 404), each listing dated by its most recently changed article.
 */
export async function getListingEntries(): Promise<SitemapEntry[]> {
  return (await publicCache(loadListingEntries, ["sitemap-listings"], [tags.articles]))();
}

export async function countSitemapArticles(): Promise<number> {
  return (await publicCache(() => prisma.article.count({ where: publicArticleWhere() }), ["sitemap-article-count"], [tags.articles]))();
}

const articleOrder = [{ publishedAt: "asc" as const }, { id: "asc" as const }];

async function loadArticleChunk(skip: number, take: number): Promise<SitemapEntry[]> {
  const rows = await prisma.article.findMany({
    where: publicArticleWhere(),
    orderBy: articleOrder,
    skip,
    take,
    select: { slug: true, publishedAt: true, revisedAt: true },
  });
  return rows.map((row) => ({ path: paths.article(row.slug), lastmod: articleLastmod(row)?.toISOString() ?? null }));
}

/** Public articles at offsets [start, end) of the oldest-first order, read in cached chunks. */
export async function getSitemapArticles(start: number, end: number): Promise<SitemapEntry[]> {
  const load = await publicCache(loadArticleChunk, ["sitemap-articles"], [tags.articles]);
  const chunks: Promise<SitemapEntry[]>[] = [];
  for (let skip = start; skip < end; skip += ARTICLE_CHUNK) chunks.push(load(skip, Math.min(ARTICLE_CHUNK, end - skip)));
  return (await Promise.all(chunks)).flat();
}

async function loadArticlesLastmod(skip: number, take: number): Promise<string | null> {
  const { _max } = await prisma.article.aggregate({
    where: publicArticleWhere(),
    orderBy: articleOrder,
    skip,
    take,
    _max: { publishedAt: true, revisedAt: true },
  });
  return articleLastmod(_max)?.toISOString() ?? null;
}

/** The newest lastmod among articles [start, end): the <lastmod> of a sitemap file in the index. */
export async function getSitemapArticlesLastmod(start: number, end: number): Promise<string | null> {
  if (end <= start) return null;
  return (await publicCache(loadArticlesLastmod, ["sitemap-articles-lastmod"], [tags.articles]))(start, end - start);
}

export type NewsSitemapArticle = { path: string; title: string; publishedAt: string };

/**
 * Public articles published within the last 48 hours (at most 1,000, newest first), as of the
 * query. The caller filters again by its own clock (selectNewsArticles), so an article cached
 * here leaves the news sitemap exactly when it turns 48 hours old.
 */
export async function getNewsSitemapArticles(windowMs: number, max: number): Promise<NewsSitemapArticle[]> {
  const load = await publicCache(
    async (window: number, take: number) => {
      const rows = await prisma.article.findMany({
        where: { AND: [publicArticleWhere(), { publishedAt: { gt: new Date(Date.now() - window) } }] },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take,
        select: { slug: true, title: true, publishedAt: true },
      });
      return rows.map((row) => ({
        path: paths.article(row.slug),
        title: row.title,
        publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
      }));
    },
    ["news-sitemap-articles"],
    [tags.articles],
  );
  return load(windowMs, max);
}
