import "server-only";
import { accessibilityProblems } from "../../articles/accessibility";
import { isApproved, isPublicNow } from "../../articles/status";
import { recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { RevisionKind } from "../../generated/prisma/enums";
import type { RequestContext } from "../../request-context";
import { revalidateArticleChange } from "../../revalidate";
import { RuleError } from "../errors";
import {
  applySlugChange,
  bumpVersion,
  checkVersion,
  dropWorkingCopy,
  editedContent,
  existingTagIds,
  lockArticle,
  ownContent,
  snapshot,
  syncArticleMedia,
  taxonomySlugs,
  writeWorkingCopy,
  type ArticleContent,
  type LockedArticle,
} from "./content";
import { articleTarget } from "./edit";
import { AccessibilityProblemsError } from "./errors";
import { assertPublishable } from "./rules";
import type { ArticleRef } from "./schema";

type Tx = Prisma.TransactionClient;

/** A scheduled time must be ahead of now; a few seconds are enough (publishing at once is "Publier"). */
const MIN_SCHEDULE_AHEAD_MS = 5_000;

/** Accessibility problems of `content`; refused unless a reason to go ahead is given (then recorded). */
async function checkAccessibility(tx: Tx, content: ArticleContent, note: string | undefined): Promise<string> {
  const mediaIds = [...new Set([...(content.heroImageId ? [content.heroImageId] : []), ...content.body.content.flatMap((block) => (block.type === "image" && block.attrs.mediaId ? [block.attrs.mediaId] : []))])];
  const media = mediaIds.length ? await tx.media.findMany({ where: { id: { in: mediaIds } }, select: { id: true, alt: true, decorative: true } }) : [];
  const hero = media.find((item) => item.id === content.heroImageId) ?? null;
  const problems = accessibilityProblems(
    { body: content.body, heroImage: hero ? { alt: hero.alt, decorative: hero.decorative } : null },
    new Set(media.filter((item) => item.decorative).map((item) => item.id)),
  );
  if (problems.length === 0) return "";
  if (!note?.trim()) throw new AccessibilityProblemsError(problems);
  return `Publié malgré ${problems.length} problème(s) d’accessibilité : ${note.trim()}`;
}

/** Every public page an article appears on, before and after a change. */
async function refresh(tx: Tx, before: { slug: string; categoryId: string; tagIds: string[] }, after: ArticleContent | null): Promise<() => void> {
  const { categorySlugs, tagSlugs } = await taxonomySlugs(tx, [before.categoryId, ...(after ? [after.categoryId] : [])], [...before.tagIds, ...(after?.tagIds ?? [])]);
  const slug = after?.slug ?? before.slug;
  return () => revalidateArticleChange({ slug, previousSlugs: before.slug !== slug ? [before.slug] : [], categorySlugs, tagSlugs });
}

type Step = { kind: RevisionKind; action: Parameters<typeof recordAudit>[0]["action"]; note?: string; details?: Prisma.InputJsonObject };

async function finish(tx: Tx, actor: Actor, article: LockedArticle, content: ArticleContent, step: Step, context: RequestContext, data: Prisma.ArticleUpdateInput): Promise<number> {
  const version = await bumpVersion(tx, article, data);
  await snapshot(tx, article.id, content, step.kind, actor, step.note ?? "");
  await recordAudit(
    { action: step.action, actor, target: articleTarget({ ...article, title: content.title }), details: { ...(step.details ?? {}), ...(step.note ? { note: step.note } : {}) }, ip: context.ip },
    tx,
  );
  return version;
}

/**
 * An author asks an editor to publish: a draft goes in review; an approved article's working copy
 * is marked as submitted.
 */
export async function submitArticle(actor: Actor | null, input: ArticleRef, context: RequestContext): Promise<{ version: number }> {
  requirePermission(actor, "article.submit");
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    requirePermission(actor, "article.submit", { ownerId: article.authorId });
    checkVersion(article, input.version);
    if (article.deletedAt) throw new RuleError("Cet article est dans la corbeille.");
    const content = editedContent(article);
    assertPublishable(content);
    if (isApproved(article.status)) {
      if (!article.workingCopy) throw new RuleError("Aucune modification à soumettre : l’article publié est à jour.");
      await writeWorkingCopy(tx, article, content, actor, new Date());
      const version = await finish(tx, actor, article, content, { kind: "SUBMIT", action: "article.submitted", details: { workingCopy: true } }, context, {});
      return { version };
    }
    if (article.status !== "DRAFT") throw new RuleError("Seul un brouillon peut être soumis à la relecture.");
    const version = await finish(tx, actor, article, content, { kind: "SUBMIT", action: "article.submitted" }, context, { status: "IN_REVIEW", submittedAt: new Date() });
    return { version };
  });
}

/** Back to the author: an article in review returns to draft, or submitted changes to unsubmitted. */
export async function withdrawArticle(actor: Actor | null, input: ArticleRef, context: RequestContext): Promise<{ version: number }> {
  requirePermission(actor, "article.submit");
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    requirePermission(actor, "article.submit", { ownerId: article.authorId });
    checkVersion(article, input.version);
    const content = editedContent(article);
    if (article.workingCopy?.submittedAt) {
      await writeWorkingCopy(tx, article, content, actor, null);
      return { version: await finish(tx, actor, article, content, { kind: "SAVE", action: "article.withdrawn", details: { workingCopy: true } }, context, {}) };
    }
    if (article.status !== "IN_REVIEW") throw new RuleError("Cet article n’est pas en relecture.");
    return { version: await finish(tx, actor, article, content, { kind: "SAVE", action: "article.withdrawn" }, context, { status: "DRAFT", submittedAt: null }) };
  });
}

/**
 * "Publier" for an article not approved yet, "Mettre à jour" for a published one with changes
 * waiting (they replace its public version), "Publier maintenant" for a scheduled one. Readers see
 * it at the next request: every page, list, feed and sitemap showing it is refreshed.
 */
export async function publishArticle(actor: Actor | null, input: ArticleRef & { accessibilityNote?: string }, context: RequestContext): Promise<{ version: number; slug: string }> {
  requirePermission(actor, "article.publish");
  let refreshPages: () => void = () => {};
  const result = await prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    requirePermission(actor, "article.publish", { ownerId: article.authorId });
    checkVersion(article, input.version);
    if (article.deletedAt) throw new RuleError("Cet article est dans la corbeille : restaurez-le d’abord.");
    const content = editedContent(article);
    assertPublishable(content);
    const note = await checkAccessibility(tx, content, input.accessibilityNote);
    const now = new Date();
    refreshPages = await refresh(tx, ownContent(article), content);

    // A scheduled article whose minute has come is on the site like a published one: updating it
    // must not date it again (readers have seen it since its scheduled time).
    if (article.status === "PUBLISHED" || isPublicNow(article, now)) {
      if (!article.workingCopy) throw new RuleError("Aucune modification à mettre à jour : l’article publié est déjà à jour.");
      await applyWorkingCopy(tx, article, content);
      const version = await finish(tx, actor, article, content, { kind: "UPDATE", action: "article.updated", note }, context, { revisedAt: now });
      return { version, slug: content.slug };
    }
    if (article.workingCopy) await applyWorkingCopy(tx, article, content);
    // A first publication is dated now; an article published before keeps its date (its readers know it by it).
    const publishedAt = article.firstPublishedAt && article.publishedAt && article.publishedAt <= now ? article.publishedAt : now;
    const version = await finish(tx, actor, article, content, { kind: "PUBLISH", action: "article.published", note }, context, {
      status: "PUBLISHED",
      publishedAt,
      firstPublishedAt: article.firstPublishedAt ?? publishedAt,
      submittedAt: null,
    });
    return { version, slug: content.slug };
  });
  refreshPages();
  return result;
}

/** Programs the publication at `publishAt` (Paris time, converted by the form): readers see it at that minute, with nothing to run then. */
export async function scheduleArticle(actor: Actor | null, input: ArticleRef & { publishAt: Date; accessibilityNote?: string }, context: RequestContext): Promise<{ version: number }> {
  requirePermission(actor, "article.schedule");
  let refreshPages: () => void = () => {};
  const result = await prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    requirePermission(actor, "article.schedule", { ownerId: article.authorId });
    checkVersion(article, input.version);
    if (article.deletedAt) throw new RuleError("Cet article est dans la corbeille : restaurez-le d’abord.");
    if (input.publishAt.getTime() < Date.now() + MIN_SCHEDULE_AHEAD_MS) {
      throw new RuleError("Choisissez une date et une heure à venir (ou publiez tout de suite).");
    }
    if (isPublicNow(article)) throw new RuleError("Cet article est déjà publié : dépubliez-le d’abord pour le programmer à une autre date.");
    const content = editedContent(article);
    assertPublishable(content);
    const note = await checkAccessibility(tx, content, input.accessibilityNote);
    if (article.workingCopy) await applyWorkingCopy(tx, article, content);
    refreshPages = await refresh(tx, ownContent(article), content);
    const version = await finish(tx, actor, article, content, { kind: "SCHEDULE", action: "article.scheduled", note, details: { at: input.publishAt.toISOString() } }, context, {
      status: "SCHEDULED",
      publishedAt: input.publishAt,
      submittedAt: null,
    });
    return { version };
  });
  refreshPages();
  return result;
}

/** Withdraws a published or scheduled article: back to draft (its URL answers 410 if it had been public). */
export async function unpublishArticle(actor: Actor | null, input: ArticleRef, context: RequestContext): Promise<{ version: number }> {
  return withdrawFromPublic(actor, input, context, "DRAFT");
}

/** Archives an article: it leaves the site (410 if it had been public) and stays in the back office. */
export async function archiveArticle(actor: Actor | null, input: ArticleRef, context: RequestContext): Promise<{ version: number }> {
  return withdrawFromPublic(actor, input, context, "ARCHIVED");
}

async function withdrawFromPublic(actor: Actor | null, input: ArticleRef, context: RequestContext, status: "DRAFT" | "ARCHIVED"): Promise<{ version: number }> {
  requirePermission(actor, "article.unpublish");
  let refreshPages: () => void = () => {};
  const result = await prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, input.id);
    requirePermission(actor, "article.unpublish", { ownerId: article.authorId });
    checkVersion(article, input.version);
    if (article.deletedAt) throw new RuleError("Cet article est dans la corbeille.");
    if (status === "DRAFT" && !isApproved(article.status)) throw new RuleError("Cet article n’est ni publié ni programmé.");
    if (status === "ARCHIVED" && article.status === "ARCHIVED") throw new RuleError("Cet article est déjà archivé.");
    refreshPages = await refresh(tx, ownContent(article), null);
    // Changes waiting in a working copy become the article's own content: it is edited in place from now on.
    const content = editedContent(article);
    if (article.workingCopy) await applyWorkingCopy(tx, article, content);
    const wasPublic = isPublicNow(article);
    const version = await finish(tx, actor, article, content, { kind: status === "DRAFT" ? "UNPUBLISH" : "ARCHIVE", action: status === "DRAFT" ? "article.unpublished" : "article.archived" }, context, {
      status,
      submittedAt: null,
      firstPublishedAt: article.firstPublishedAt ?? (wasPublic ? article.publishedAt : null),
    });
    return { version };
  });
  refreshPages();
  return result;
}

/** The working copy's content becomes the article's own (its public version, for a published one). */
async function applyWorkingCopy(tx: Tx, article: LockedArticle, content: ArticleContent): Promise<void> {
  const tagIds = await existingTagIds(tx, content.tagIds);
  await applySlugChange(tx, article.id, article.slug, content.slug, article.firstPublishedAt !== null || isPublicNow(article));
  await tx.article.update({
    where: { id: article.id },
    data: {
      title: content.title,
      excerpt: content.excerpt,
      body: content.body,
      slug: content.slug,
      categoryId: content.categoryId,
      heroImageId: content.heroImageId,
      tags: { deleteMany: {}, create: tagIds.map((tagId) => ({ tagId })) },
    },
  });
  await syncArticleMedia(tx, article.id, content, false);
  await dropWorkingCopy(tx, article.id);
}
