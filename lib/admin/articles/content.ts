import "server-only";
import type { Actor } from "../../auth/session";
import { type Prisma } from "../../generated/prisma/client";
import type { ArticleStatus, RevisionKind } from "../../generated/prisma/enums";
import { bodyMediaIds } from "../../rich-text/images";
import { sanitizeDocument } from "../../rich-text/sanitize";
import type { RichTextDoc } from "../../rich-text/types";
import { isSlug, slugify, SLUG_MAX_LENGTH } from "../../slug";
import { FieldError, NotFoundError } from "../errors";
import { VersionConflictError } from "./errors";

type Tx = Prisma.TransactionClient;

/** What the editor edits: an article's content, wherever it lives (in place, or its working copy). */
export type ArticleContent = {
  title: string;
  excerpt: string;
  body: RichTextDoc;
  slug: string;
  categoryId: string;
  heroImageId: string | null;
  tagIds: string[];
};

export type LockedArticle = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  body: Prisma.JsonValue;
  status: ArticleStatus;
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
  revisedAt: Date | null;
  deletedAt: Date | null;
  submittedAt: Date | null;
  version: number;
  authorId: string;
  categoryId: string;
  heroImageId: string | null;
  tagIds: string[];
  workingCopy: (ArticleContent & { submittedAt: Date | null; updatedAt: Date; updatedById: string | null }) | null;
};

export const MISSING_ARTICLE = "Cet article n’existe pas ou plus.";

/**
 * The article, locked until the end of the transaction: every write of an article goes through
 * here, so two writes of one article never interleave (whichever instance serves them).
 */
export async function lockArticle(tx: Tx, id: string): Promise<LockedArticle> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Article" WHERE "id" = ${id} FOR UPDATE`;
  if (!row) throw new NotFoundError(MISSING_ARTICLE);
  const article = await tx.article.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      body: true,
      status: true,
      publishedAt: true,
      firstPublishedAt: true,
      revisedAt: true,
      deletedAt: true,
      submittedAt: true,
      version: true,
      authorId: true,
      categoryId: true,
      heroImageId: true,
      tags: { select: { tagId: true } },
      workingCopy: true,
    },
  });
  const { tags, workingCopy, ...rest } = article;
  return {
    ...rest,
    tagIds: tags.map((tag) => tag.tagId),
    workingCopy: workingCopy
      ? {
          title: workingCopy.title,
          excerpt: workingCopy.excerpt,
          body: sanitizeDocument(workingCopy.body),
          slug: workingCopy.slug,
          categoryId: workingCopy.categoryId,
          heroImageId: workingCopy.heroImageId,
          tagIds: workingCopy.tagIds,
          submittedAt: workingCopy.submittedAt,
          updatedAt: workingCopy.updatedAt,
          updatedById: workingCopy.updatedById,
        }
      : null,
  };
}

/** The content as it stands (its own columns). */
export function ownContent(article: LockedArticle): ArticleContent {
  return {
    title: article.title,
    excerpt: article.excerpt,
    body: sanitizeDocument(article.body),
    slug: article.slug,
    categoryId: article.categoryId,
    heroImageId: article.heroImageId,
    tagIds: article.tagIds,
  };
}

/** What the editor shows and saves: the working copy when there is one. */
export function editedContent(article: LockedArticle): ArticleContent {
  return article.workingCopy ? stripWorkingFields(article.workingCopy) : ownContent(article);
}

function stripWorkingFields(copy: NonNullable<LockedArticle["workingCopy"]>): ArticleContent {
  const { submittedAt: _submittedAt, updatedAt: _updatedAt, updatedById: _updatedById, ...content } = copy;
  return content;
}

/** Refuses a write based on another version than the stored one, handing back what is stored now. */
export function checkVersion(article: LockedArticle, expected: number): void {
  if (article.version !== expected) {
    throw new VersionConflictError({ version: article.version, content: editedContent(article), updatedAt: article.workingCopy?.updatedAt ?? null });
  }
}

/** An article (not this one) whose slug, former slug or pending slug is `slug`. */
async function slugOwner(tx: Tx, slug: string, articleId: string): Promise<string | null> {
  const [current, former, pending] = await Promise.all([
    tx.article.findFirst({ where: { slug, NOT: { id: articleId } }, select: { title: true } }),
    tx.slugRedirect.findFirst({ where: { oldSlug: slug, NOT: { articleId } }, select: { article: { select: { title: true } } } }),
    tx.articleWorkingCopy.findFirst({ where: { slug, NOT: { articleId } }, select: { article: { select: { title: true } } } }),
  ]);
  return current?.title ?? former?.article.title ?? pending?.article.title ?? null;
}

/**
 * The slug to store. Made from the title while `auto` (a taken one gets "-2", "-3"…); typed by
 * hand otherwise (a taken one is a field error). An article that has been public keeps its slug
 * unless someone allowed to changes it by hand: its old URL then redirects (see applySlugChange).
 */
export async function resolveSlug(
  tx: Tx,
  article: Pick<LockedArticle, "id" | "slug" | "firstPublishedAt">,
  current: string,
  input: { title: string; slug: string; slugAuto: boolean },
  mayChangePublicSlug: boolean,
): Promise<string> {
  const hasBeenPublic = article.firstPublishedAt !== null;
  if (hasBeenPublic && (input.slugAuto || !mayChangePublicSlug)) return current;
  if (input.slugAuto) {
    const base = slugify(input.title) || current;
    if (base === current) return current;
    for (let attempt = 1; attempt < 100; attempt++) {
      const suffix = attempt === 1 ? "" : `-${attempt}`;
      const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
      if (candidate === current || !(await slugOwner(tx, candidate, article.id))) return candidate;
    }
    return current;
  }
  const wanted = input.slug.trim();
  if (wanted === "" || wanted === current) return current;
  if (!isSlug(wanted)) {
    throw new FieldError("slug", "L’adresse (slug) ne contient que des lettres minuscules sans accent, des chiffres et des tirets simples, 200 caractères au plus.");
  }
  const owner = await slugOwner(tx, wanted, article.id);
  if (owner) throw new FieldError("slug", `L’adresse « ${wanted} » est déjà celle de l’article « ${owner} » : choisissez-en une autre.`);
  return wanted;
}

/**
 * A new slug for an article whose URL may be known: the old one becomes a redirect (308), and a
 * former slug taken back stops being one.
 */
export async function applySlugChange(tx: Tx, articleId: string, from: string, to: string, hasBeenPublic: boolean): Promise<void> {
  if (from === to) return;
  await tx.slugRedirect.deleteMany({ where: { oldSlug: to, articleId } });
  if (hasBeenPublic) await tx.slugRedirect.upsert({ where: { oldSlug: from }, create: { oldSlug: from, articleId }, update: { articleId } });
}

/** The media the content shows: its hero image and the images of its body. */
export function contentMediaIds(content: Pick<ArticleContent, "heroImageId" | "body">): string[] {
  return [...new Set([...(content.heroImageId ? [content.heroImageId] : []), ...bodyMediaIds(content.body)])];
}

/** Records which media the article's own content (or its working copy) uses. */
export async function syncArticleMedia(tx: Tx, articleId: string, content: Pick<ArticleContent, "heroImageId" | "body"> | null, inWorkingCopy: boolean): Promise<void> {
  await tx.articleMedia.deleteMany({ where: { articleId, inWorkingCopy } });
  if (!content) return;
  const wanted = contentMediaIds(content);
  if (wanted.length === 0) return;
  const existing = await tx.media.findMany({ where: { id: { in: wanted } }, select: { id: true } });
  await tx.articleMedia.createMany({ data: existing.map((media) => ({ articleId, mediaId: media.id, inWorkingCopy })) });
}

/** Only tags that still exist (one may have been merged or deleted since the content was loaded). */
export async function existingTagIds(tx: Tx, tagIds: string[]): Promise<string[]> {
  if (tagIds.length === 0) return [];
  const rows = await tx.tag.findMany({ where: { id: { in: tagIds } }, select: { id: true } });
  const existing = new Set(rows.map((row) => row.id));
  return tagIds.filter((id) => existing.has(id));
}

/** Writes the content into the article's own columns (an article not approved, edited in place). */
export async function writeOwnContent(tx: Tx, article: LockedArticle, content: ArticleContent): Promise<void> {
  const tagIds = await existingTagIds(tx, content.tagIds);
  await applySlugChange(tx, article.id, article.slug, content.slug, article.firstPublishedAt !== null);
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
}

/** Writes the content into the working copy of an approved article; its public version stays as it is. */
export async function writeWorkingCopy(tx: Tx, article: LockedArticle, content: ArticleContent, actor: Actor, submittedAt?: Date | null): Promise<void> {
  const data = {
    title: content.title,
    excerpt: content.excerpt,
    body: content.body,
    slug: content.slug,
    categoryId: content.categoryId,
    heroImageId: content.heroImageId,
    tagIds: await existingTagIds(tx, content.tagIds),
    updatedById: actor.id,
    ...(submittedAt !== undefined ? { submittedAt } : {}),
  };
  await tx.articleWorkingCopy.upsert({ where: { articleId: article.id }, create: { articleId: article.id, ...data }, update: data });
  await syncArticleMedia(tx, article.id, content, true);
}

export async function dropWorkingCopy(tx: Tx, articleId: string): Promise<void> {
  await tx.articleWorkingCopy.deleteMany({ where: { articleId } });
  await syncArticleMedia(tx, articleId, null, true);
}

export async function bumpVersion(tx: Tx, article: LockedArticle, data: Prisma.ArticleUpdateInput = {}): Promise<number> {
  const updated = await tx.article.update({ where: { id: article.id }, data: { ...data, version: { increment: 1 } }, select: { version: true } });
  return updated.version;
}

/** A full snapshot of `content`, with who made it and why (no account: an import from the command line). */
export async function snapshot(tx: Tx, articleId: string, content: ArticleContent, kind: RevisionKind, actor: { id: string | null; name: string }, note = ""): Promise<void> {
  const [category, tags] = await Promise.all([
    tx.category.findUnique({ where: { id: content.categoryId }, select: { name: true } }),
    tx.tag.findMany({ where: { id: { in: content.tagIds } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(tags.map((tag) => [tag.id, tag.name]));
  const tagIds = content.tagIds.filter((id) => names.has(id));
  await tx.articleRevision.create({
    data: {
      articleId,
      kind,
      authorId: actor.id,
      authorName: actor.name,
      title: content.title,
      excerpt: content.excerpt,
      body: content.body,
      slug: content.slug,
      categoryId: content.categoryId,
      categoryName: category?.name ?? "",
      heroImageId: content.heroImageId,
      tagIds,
      tagNames: tagIds.map((id) => names.get(id) ?? ""),
      note,
    },
  });
}

/** The slugs of the categories and tags an article shows, before and after a change: the pages to refresh. */
export async function taxonomySlugs(tx: Tx, categoryIds: string[], tagIds: string[]): Promise<{ categorySlugs: string[]; tagSlugs: string[] }> {
  const [categories, tags] = await Promise.all([
    tx.category.findMany({ where: { id: { in: [...new Set(categoryIds)] } }, select: { slug: true } }),
    tx.tag.findMany({ where: { id: { in: [...new Set(tagIds)] } }, select: { slug: true } }),
  ]);
  return { categorySlugs: categories.map((row) => row.slug), tagSlugs: tags.map((row) => row.slug) };
}
