import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { isApproved } from "../../articles/status";
import type { RequestContext } from "../../request-context";
import { sanitizeDocument } from "../../rich-text/sanitize";
import { slugify } from "../../slug";
import { NotFoundError, RuleError } from "../errors";
import {
  bumpVersion,
  checkVersion,
  dropWorkingCopy,
  editedContent,
  lockArticle,
  resolveSlug,
  snapshot,
  writeOwnContent,
  writeWorkingCopy,
  type ArticleContent,
  type LockedArticle,
} from "./content";
import { assertCanEdit, mayChangePublicSlug } from "./rules";
import type { ArticleRef, SaveArticleInput } from "./schema";

export const articleTarget = (article: { id: string; title: string; slug: string }) => ({
  type: "article" as const,
  id: article.id,
  label: article.title || article.slug,
});

/** A new draft, by the actor, in the given category (or the first one). */
export async function createArticle(actor: Actor | null, input: { title?: string; categoryId?: string }, context: RequestContext): Promise<{ id: string; version: number }> {
  requirePermission(actor, "article.create");
  return prisma.$transaction(async (tx) => {
    const category = input.categoryId
      ? await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } })
      : await tx.category.findFirst({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } });
    if (!category) throw new RuleError("Aucune rubrique n’existe encore : un éditeur doit en créer une avant le premier article.");
    const title = input.title?.trim() ?? "";
    let slug = slugify(title) || `brouillon-${randomBytes(4).toString("hex")}`;
    // A new draft's address only has to be free; it follows the title until the first publication.
    while (await tx.article.findFirst({ where: { OR: [{ slug }, { oldSlugs: { some: { oldSlug: slug } } }] }, select: { id: true } })) {
      slug = `${slug.slice(0, 190)}-${randomBytes(2).toString("hex")}`;
    }
    const article = await tx.article.create({
      data: { title, excerpt: "", body: { type: "doc", content: [] }, slug, status: "DRAFT", authorId: actor.id, categoryId: category.id },
      select: { id: true, title: true, slug: true, version: true },
    });
    await recordAudit({ action: "article.created", actor, target: articleTarget(article), ip: context.ip }, tx);
    // The editor saves the rest of the content right after, on top of this version.
    return { id: article.id, version: article.version };
  });
}

export type SaveOutcome = { version: number; savedAt: string; slug: string; inWorkingCopy: boolean };

/**
 * Saves what the editor holds. An approved article's changes go to its working copy (its public
 * version does not move); any other is saved in place. A save based on an older version is
 * refused with what is stored now (VersionConflictError). Autosaves leave no revision and no
 * audit entry; saves asked for do.
 */
export async function saveArticle(actor: Actor | null, input: SaveArticleInput, context: RequestContext): Promise<SaveOutcome> {
  requirePermission(actor, "article.update");
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    assertCanEdit(actor, article);
    checkVersion(article, input.version);
    const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
    if (!category) throw new RuleError("La rubrique choisie n’existe plus : choisissez-en une autre.");
    if (input.heroImageId && !(await tx.media.findUnique({ where: { id: input.heroImageId }, select: { id: true } }))) {
      throw new RuleError("L’image principale choisie n’existe plus dans la médiathèque.");
    }
    const current = editedContent(article);
    const content: ArticleContent = {
      title: input.title,
      excerpt: input.excerpt,
      body: input.body,
      slug: await resolveSlug(tx, article, current.slug, input, mayChangePublicSlug(actor)),
      categoryId: input.categoryId,
      heroImageId: input.heroImageId,
      tagIds: input.tagIds,
    };
    const inWorkingCopy = isApproved(article.status);
    if (inWorkingCopy) await writeWorkingCopy(tx, article, content, actor);
    else await writeOwnContent(tx, article, content);
    const version = await bumpVersion(tx, article);
    if (!input.autosave) {
      await snapshot(tx, article.id, content, "SAVE", actor);
      await recordAudit({ action: "article.saved", actor, target: articleTarget({ ...article, title: content.title }), details: { workingCopy: inWorkingCopy }, ip: context.ip }, tx);
    }
    return { version, savedAt: new Date().toISOString(), slug: content.slug, inWorkingCopy };
  });
}

/** Drops the changes waiting in an approved article's working copy: the public version stays. */
export async function discardChanges(actor: Actor | null, input: ArticleRef, context: RequestContext): Promise<{ version: number }> {
  requirePermission(actor, "article.update");
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    assertCanEdit(actor, article);
    checkVersion(article, input.version);
    if (!article.workingCopy) throw new RuleError("Aucune modification en attente sur cet article.");
    await dropWorkingCopy(tx, article.id);
    const version = await bumpVersion(tx, article);
    await recordAudit({ action: "article.changes_discarded", actor, target: articleTarget(article), ip: context.ip }, tx);
    return { version };
  });
}

/** Makes a revision the content being edited again (the working copy of an approved article). */
export async function restoreRevision(
  actor: Actor | null,
  input: ArticleRef & { revisionId: string },
  context: RequestContext,
): Promise<{ version: number }> {
  requirePermission(actor, "article.update");
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    assertCanEdit(actor, article);
    checkVersion(article, input.version);
    const revision = await tx.articleRevision.findFirst({ where: { id: BigInt(input.revisionId), articleId: article.id } });
    if (!revision) throw new NotFoundError("Cette version n’existe pas ou plus.");
    const current = editedContent(article);
    const categoryExists = revision.categoryId && (await tx.category.findUnique({ where: { id: revision.categoryId }, select: { id: true } }));
    const heroExists = revision.heroImageId && (await tx.media.findUnique({ where: { id: revision.heroImageId }, select: { id: true } }));
    const content: ArticleContent = {
      title: revision.title,
      excerpt: revision.excerpt,
      body: sanitizeDocument(revision.body),
      // The address stays: restoring old words must not move a known URL.
      slug: current.slug,
      categoryId: categoryExists ? revision.categoryId! : current.categoryId,
      heroImageId: heroExists ? revision.heroImageId : null,
      tagIds: revision.tagIds,
    };
    // What was being edited may exist only as autosaves: kept as a revision first, so that a restore loses nothing.
    await snapshot(tx, article.id, current, "SAVE", actor, "Avant la restauration d’une version");
    await writeContent(tx, article, content, actor);
    const version = await bumpVersion(tx, article);
    await snapshot(tx, article.id, content, "RESTORE", actor, `Version du ${revision.createdAt.toISOString()}`);
    await recordAudit(
      { action: "article.revision_restored", actor, target: articleTarget(article), details: { revision: input.revisionId, of: revision.createdAt.toISOString() }, ip: context.ip },
      tx,
    );
    return { version };
  });
}

async function writeContent(tx: Parameters<typeof writeOwnContent>[0], article: LockedArticle, content: ArticleContent, actor: Actor): Promise<void> {
  if (isApproved(article.status)) await writeWorkingCopy(tx, article, content, actor);
  else await writeOwnContent(tx, article, content);
}
