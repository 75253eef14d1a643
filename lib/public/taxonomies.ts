import { cache } from "react";
import { prisma } from "../db";
import { tags } from "../cache-tags";
import { isSlug } from "../slug";
import type { PublicCategory, PublicTag } from "./article-types";
import { publicCache } from "./schedule";
import { publicArticleWhere } from "./visibility";

/** Categories that have at least one public article, in their editorial order. */
export const getPublicCategories = cache(async (): Promise<PublicCategory[]> => {
  const load = await publicCache(
    async () =>
      prisma.category.findMany({
        where: { articles: { some: publicArticleWhere() } },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { slug: true, name: true, description: true },
      }),
    ["public-categories"],
    [tags.articles],
  );
  return load();
});

export async function getCategory(slug: string): Promise<PublicCategory | null> {
  const categories = await getPublicCategories();
  return categories.find((category) => category.slug === slug) ?? null;
}

/** Tags that have at least one public article, by name. */
export const getPublicTags = cache(async (): Promise<PublicTag[]> => {
  const load = await publicCache(
    async () =>
      prisma.tag.findMany({
        where: { articles: { some: { article: publicArticleWhere() } } },
        orderBy: { name: "asc" },
        select: { slug: true, name: true },
      }),
    ["public-tags"],
    [tags.articles],
  );
  return load();
});

export async function getTag(slug: string): Promise<PublicTag | null> {
  const all = await getPublicTags();
  return all.find((tag) => tag.slug === slug) ?? null;
}

/** What a category or tag URL answers: the scope, a permanent redirect to its current slug, or nothing. */
export type TaxonomyLookup<T> = { kind: "found"; scope: T } | { kind: "redirect"; slug: string } | { kind: "missing" };

/**
 * The current slug a former category or tag slug redirects to, when that category or tag has a
 * public article (the only ones with a page). Cached under the former slug's own tag, which a
 * rename or a merge invalidates.
 */
async function formerSlugTarget(kind: "category" | "tag", slug: string): Promise<string | null> {
  const load = await publicCache(
    async (former: string): Promise<string | null> => {
      const row =
        kind === "category"
          ? await prisma.categorySlugRedirect.findUnique({ where: { oldSlug: former }, select: { category: { select: { slug: true } } } })
          : await prisma.tagSlugRedirect.findUnique({ where: { oldSlug: former }, select: { tag: { select: { slug: true } } } });
      if (!row) return null;
      return "category" in row ? row.category.slug : row.tag.slug;
    },
    [`${kind}-former-slug`],
    [tags.articles, kind === "category" ? tags.category(slug) : tags.tag(slug)],
  );
  return load(slug);
}

async function lookup<T extends { slug: string }>(
  kind: "category" | "tag",
  slug: string,
  find: (slug: string) => Promise<T | null>,
): Promise<TaxonomyLookup<T>> {
  // A malformed slug cannot exist: no query, and nothing cached for it.
  if (!isSlug(slug)) return { kind: "missing" };
  const scope = await find(slug);
  if (scope) return { kind: "found", scope };
  const target = await formerSlugTarget(kind, slug);
  if (!target || target === slug || !(await find(target))) return { kind: "missing" };
  return { kind: "redirect", slug: target };
}

export const lookupCategory = cache((slug: string) => lookup("category", slug, getCategory));
export const lookupTag = cache((slug: string) => lookup("tag", slug, getTag));
