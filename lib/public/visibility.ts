import type { Prisma } from "../generated/prisma/client";

/**
 * The one definition of "public": published, or scheduled and due, and not in the trash. A draft,
 * an article in review, an archived article, a deleted one or a scheduled one whose time has not
 * come never reaches an anonymous reader.
 */
export function publicArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now }, deletedAt: null };
}
