import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { publicArticleWhere } from "../../public/visibility";
import { slugify } from "../../slug";
import { TAGS_PER_PAGE, type TagListQuery } from "./schema";

/** How many public articles each of `ids` has: a tag has a public page only while it has one. */
async function publicCounts(ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.articleTag.groupBy({
    by: ["tagId"],
    where: { tagId: { in: ids }, article: publicArticleWhere() },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.tagId, row._count._all]));
}

/**
 * One page of the tags, by name, with their article counts. The search matches the name whatever
 * its case, and the slug, which makes "securite" find "Sécurité".
 */
export async function listTags(actor: Actor | null, query: TagListQuery) {
  requirePermission(actor, "tag.manage");
  const slugPart = query.q ? slugify(query.q) : "";
  const where: Prisma.TagWhereInput = query.q
    ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, ...(slugPart ? [{ slug: { contains: slugPart } }] : [])] }
    : {};
  const total = await prisma.tag.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TAGS_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const tags = await prisma.tag.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * TAGS_PER_PAGE,
    take: TAGS_PER_PAGE,
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
  const published = await publicCounts(tags.map((tag) => tag.id));
  return {
    tags: tags.map(({ _count, ...tag }) => ({ ...tag, articleCount: _count.articles, publicArticleCount: published.get(tag.id) ?? 0 })),
    total,
    page,
    pageCount,
  };
}

/** One tag as its forms edit it, with its former slugs; null when it does not exist. */
export async function getTagForEditing(actor: Actor | null, id: string) {
  requirePermission(actor, "tag.manage");
  const tag = await prisma.tag.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      updatedAt: true,
      oldSlugs: { orderBy: { createdAt: "desc" }, select: { oldSlug: true } },
      _count: { select: { articles: true } },
    },
  });
  if (!tag) return null;
  const { _count, oldSlugs, ...rest } = tag;
  const published = await publicCounts([id]);
  return { ...rest, formerSlugs: oldSlugs.map((row) => row.oldSlug), articleCount: _count.articles, publicArticleCount: published.get(id) ?? 0 };
}

/** Every other tag, by name, as the merge form offers them. */
export async function listMergeTargets(actor: Actor | null, excludeId: string) {
  requirePermission(actor, "tag.manage");
  const tags = await prisma.tag.findMany({
    where: { id: { not: excludeId } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
  return tags.map(({ _count, ...tag }) => ({ ...tag, articleCount: _count.articles }));
}
