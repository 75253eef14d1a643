import "server-only";
import { requirePermission } from "../../auth/authorize";
import { can } from "../../auth/permissions";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";

export type Option = { id: string; name: string };

/**
 * The choices of the article list's filters. Authors filter their own articles only, so they get
 * no author list, and only the tags their articles carry; categories are few and all shown.
 */
export async function articleListOptions(actor: Actor | null): Promise<{ authors: Option[]; categories: Option[]; tags: Option[] }> {
  requirePermission(actor, "article.read");
  const everyone = can(actor, "article.read", { ownerId: "" });
  const [authors, categories, tags] = await Promise.all([
    everyone ? prisma.user.findMany({ where: { articles: { some: {} } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }) : [],
    prisma.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    prisma.tag.findMany({
      where: { articles: { some: everyone ? {} : { article: { authorId: actor.id } } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { authors, categories, tags };
}
