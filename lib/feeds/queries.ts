import { tags } from "../cache-tags";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { publicCache } from "../public/schedule";
import { publicArticleWhere } from "../public/visibility";
import type { FeedScope, FeedScopeRef } from "./scope";

/**
 * Feed data, read through tagged caches: `articles` (every article write) plus the scope's own
 * tag, `category:<slug>` or `tag:<slug>`, exactly as the category and tag pages. Bodies are cached
 * one per article under `article:<slug>`, like the article page: twenty long bodies in one entry
 * could pass Next's 2 MB data-cache limit. Dates travel as ISO strings (the cache stores JSON).
 */
export type FeedArticle = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  revisedAt: string | null;
  authorName: string;
  category: { slug: string; name: string };
  heroImage: { storageKey: string; mimeType: string; sizeBytes: number } | null;
};

export function scopeTags(scope: FeedScopeRef): string[] {
  if (scope.kind === "category") return [tags.articles, tags.category(scope.slug)];
  if (scope.kind === "tag") return [tags.articles, tags.tag(scope.slug)];
  return [tags.articles];
}

function scopeWhere(scope: FeedScopeRef): Prisma.ArticleWhereInput {
  const visible = publicArticleWhere();
  if (scope.kind === "category") return { AND: [visible, { category: { slug: scope.slug } }] };
  if (scope.kind === "tag") return { AND: [visible, { tags: { some: { tag: { slug: scope.slug } } } }] };
  return visible;
}

async function loadScope(kind: "category" | "tag", slug: string): Promise<FeedScope | null> {
  // Only a category or tag with a public article has a feed, like its page: a tag used by drafts
  // alone (an announcement in preparation, say) must not be revealed by its feed's title.
  const select = { slug: true, name: true } as const;
  const row =
    kind === "category"
      ? await prisma.category.findFirst({ where: { slug, articles: { some: publicArticleWhere() } }, select })
      : await prisma.tag.findFirst({ where: { slug, articles: { some: { article: publicArticleWhere() } } }, select });
  return row ? { kind, slug: row.slug, name: row.name } : null;
}

/** The scope with its display name, or null when it has no feed (unknown, or no public article). */
export async function findFeedScope(ref: FeedScopeRef): Promise<FeedScope | null> {
  if (ref.kind === "all") return ref;
  const load = await publicCache(loadScope, ["feed-scope"], scopeTags(ref));
  return load(ref.kind, ref.slug);
}

async function loadArticles(scope: FeedScopeRef, count: number): Promise<FeedArticle[]> {
  const rows = await prisma.article.findMany({
    where: scopeWhere(scope),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: count,
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      publishedAt: true,
      revisedAt: true,
      author: { select: { name: true } },
      category: { select: { slug: true, name: true } },
      heroImage: { select: { storageKey: true, mimeType: true, sizeBytes: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    // Public rows always have a date: publicArticleWhere requires publishedAt <= now.
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    revisedAt: row.revisedAt?.toISOString() ?? null,
    authorName: row.author.name,
    category: row.category,
    heroImage: row.heroImage,
  }));
}

/** The `count` newest public articles of the scope, newest first. */
export async function getFeedArticles(scope: FeedScopeRef, count: number): Promise<FeedArticle[]> {
  const load = await publicCache(loadArticles, ["feed-articles"], scopeTags(scope));
  return load(scope, count);
}

/** The stored bodies (raw JSON, sanitized when rendered) of public articles, by slug. */
export async function getFeedBodies(slugs: string[]): Promise<Map<string, unknown>> {
  const loadBody = async (articleSlug: string) => {
    const row = await prisma.article.findFirst({
      where: { AND: [publicArticleWhere(), { slug: articleSlug }] },
      select: { body: true },
    });
    return row?.body ?? null;
  };
  const bodies = await Promise.all(
    slugs.map(async (slug) => (await publicCache(loadBody, ["feed-article-body"], [tags.articles, tags.article(slug)]))(slug)),
  );
  return new Map(slugs.map((slug, i) => [slug, bodies[i]]));
}
