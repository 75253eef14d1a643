import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { publicArticleWhere } from "../../public/visibility";

/**
 * The categories in their editorial order, each with its number of articles (all statuses) and of
 * public ones: a category has a public page only while it has a public article.
 */
export async function listCategoriesForEditing(actor: Actor | null) {
  requirePermission(actor, "category.manage");
  const [categories, published] = await Promise.all([
    prisma.category.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
    }),
    prisma.article.groupBy({ by: ["categoryId"], where: publicArticleWhere(), _count: { _all: true } }),
  ]);
  const publicCount = new Map(published.map((row) => [row.categoryId, row._count._all]));
  return categories.map(({ _count, ...category }) => ({ ...category, articleCount: _count.articles, publicArticleCount: publicCount.get(category.id) ?? 0 }));
}

/** One category as its form edits it, with its former slugs; null when it does not exist. */
export async function getCategoryForEditing(actor: Actor | null, id: string) {
  requirePermission(actor, "category.manage");
  const [category, publicArticleCount] = await Promise.all([
    prisma.category.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        slug: true,
        description: true,
        updatedAt: true,
        oldSlugs: { orderBy: { createdAt: "desc" }, select: { oldSlug: true } },
        _count: { select: { articles: true } },
      },
    }),
    prisma.article.count({ where: { ...publicArticleWhere(), categoryId: id } }),
  ]);
  if (!category) return null;
  const { _count, oldSlugs, ...rest } = category;
  return { ...rest, formerSlugs: oldSlugs.map((row) => row.oldSlug), articleCount: _count.articles, publicArticleCount };
}
