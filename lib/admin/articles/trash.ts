import "server-only";
import { isPublicNow } from "../../articles/status";
import { recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { RequestContext } from "../../request-context";
import { revalidateArticleChange } from "../../revalidate";
import { RuleError } from "../errors";
import { bumpVersion, checkVersion, lockArticle, taxonomySlugs } from "./content";
import { articleTarget } from "./edit";
import type { ArticleRef } from "./schema";

/**
 * Moves an article to the trash: it leaves every public page at once (its URL answers 410 Gone if
 * it had been public) and can be restored by an editor until an admin empties the trash.
 */
export async function trashArticle(actor: Actor | null, input: ArticleRef, context: RequestContext): Promise<{ version: number }> {
  requirePermission(actor, "article.delete");
  let refreshPages: () => void = () => {};
  const result = await prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    checkVersion(article, input.version);
    if (article.deletedAt) throw new RuleError("Cet article est déjà dans la corbeille.");
    const wasPublic = isPublicNow(article);
    const { categorySlugs, tagSlugs } = await taxonomySlugs(tx, [article.categoryId], article.tagIds);
    refreshPages = () => revalidateArticleChange({ slug: article.slug, categorySlugs, tagSlugs });
    const version = await bumpVersion(tx, article, {
      deletedAt: new Date(),
      firstPublishedAt: article.firstPublishedAt ?? (wasPublic ? article.publishedAt : null),
    });
    await recordAudit({ action: "article.trashed", actor, target: articleTarget(article), details: { status: article.status }, ip: context.ip }, tx);
    return { version };
  });
  refreshPages();
  return result;
}

/** Takes an article out of the trash, with the status it had: a published one is public again at once. */
export async function restoreArticle(actor: Actor | null, input: ArticleRef, context: RequestContext): Promise<{ version: number }> {
  requirePermission(actor, "article.delete");
  let refreshPages: () => void = () => {};
  const result = await prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    checkVersion(article, input.version);
    if (!article.deletedAt) throw new RuleError("Cet article n’est pas dans la corbeille.");
    const { categorySlugs, tagSlugs } = await taxonomySlugs(tx, [article.categoryId], article.tagIds);
    refreshPages = () => revalidateArticleChange({ slug: article.slug, categorySlugs, tagSlugs });
    const version = await bumpVersion(tx, article, { deletedAt: null });
    await recordAudit({ action: "article.restored", actor, target: articleTarget(article), details: { status: article.status }, ip: context.ip }, tx);
    return { version };
  });
  refreshPages();
  return result;
}

/**
 * Deletes for good every article in the trash (admins), with their revisions and working copies.
 * Their URLs then answer 404: nothing is left to say they existed.
 */
export async function emptyTrash(actor: Actor | null, _input: unknown, context: RequestContext): Promise<{ deleted: number }> {
  requirePermission(actor, "trash.empty");
  const { count, slugs } = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; slug: string; title: string }[]>`
      SELECT "id", "slug", "title" FROM "Article" WHERE "deletedAt" IS NOT NULL ORDER BY "id" FOR UPDATE`;
    if (rows.length === 0) return { count: 0, slugs: [] };
    const ids = rows.map((row) => row.id);
    const formerSlugs = await tx.slugRedirect.findMany({ where: { articleId: { in: ids } }, select: { oldSlug: true } });
    await tx.article.deleteMany({ where: { id: { in: ids } } });
    await recordAudit({ action: "article.trash_emptied", actor, details: { count: rows.length, titles: rows.map((row) => row.title || row.slug).slice(0, 50) }, ip: context.ip }, tx);
    return { count: rows.length, slugs: [...rows.map((row) => row.slug), ...formerSlugs.map((row) => row.oldSlug)] };
  });
  for (const slug of slugs) revalidateArticleChange({ slug });
  return { deleted: count };
}
