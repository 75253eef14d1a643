import "server-only";
import { z } from "zod";
import { isPublicNow, type ArticleStatus } from "../../articles/status";
import { requirePermission } from "../../auth/authorize";
import { can } from "../../auth/permissions";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { PublicArticle } from "../../public/article-types";
import { toPublicImage } from "../../public/mappers";
import { sanitizeDocument } from "../../rich-text/sanitize";
import { NotFoundError } from "../errors";
import { MISSING_ARTICLE, type ArticleContent } from "./content";
import { otherEditors, type OtherEditor } from "./presence";

export const ARTICLES_PAGE_SIZE = 30;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blank = (value: unknown) => {
  const first = single(value);
  return first === "" ? undefined : first;
};
const id = z.string().regex(/^[a-z0-9]{20,40}$/);

/** The article list's filters, as its GET form sends them; a malformed value is ignored, not trusted. */
export const articleFilterSchema = z.object({
  statut: z.preprocess(blank, z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED", "CHANGES", "TRASH"]).optional()).catch(undefined),
  auteur: z.preprocess(blank, id.optional()).catch(undefined),
  rubrique: z.preprocess(blank, id.optional()).catch(undefined),
  motcle: z.preprocess(blank, id.optional()).catch(undefined),
  q: z.preprocess(blank, z.string().trim().max(100).optional()).catch(undefined),
  tri: z.preprocess(blank, z.enum(["modification", "publication", "titre"]).optional()).catch(undefined),
  page: z.preprocess(blank, z.string().regex(/^[1-9]\d{0,4}$/).transform(Number).optional()).catch(undefined),
});

export type ArticleFilter = z.output<typeof articleFilterSchema>;

export type ArticleRow = {
  id: string;
  /** for the list's own actions (restore from the trash), which check it like the editor's */
  version: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  isPublic: boolean;
  hasChanges: boolean;
  changesSubmitted: boolean;
  publishedAt: string | null;
  updatedAt: string;
  deletedAt: string | null;
  authorName: string;
  categoryName: string;
};

/** Authors see their own articles; editors and admins every one. */
function scope(actor: Actor): Prisma.ArticleWhereInput {
  return can(actor, "article.read", { ownerId: "" }) ? {} : { authorId: actor.id };
}

export async function listArticles(actor: Actor | null, filter: ArticleFilter) {
  requirePermission(actor, "article.read");
  const status = filter.statut;
  const where: Prisma.ArticleWhereInput = {
    ...scope(actor),
    ...(status === "TRASH" ? { deletedAt: { not: null } } : { deletedAt: null }),
    ...(status && status !== "TRASH" && status !== "CHANGES" ? { status } : {}),
    ...(status === "CHANGES" ? { workingCopy: { isNot: null } } : {}),
    ...(filter.auteur ? { authorId: filter.auteur } : {}),
    ...(filter.rubrique ? { categoryId: filter.rubrique } : {}),
    ...(filter.motcle ? { tags: { some: { tagId: filter.motcle } } } : {}),
    ...(filter.q ? { title: { contains: filter.q, mode: "insensitive" as const } } : {}),
  };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    filter.tri === "titre" ? [{ title: "asc" }, { id: "asc" }] : filter.tri === "publication" ? [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] : [{ updatedAt: "desc" }, { id: "desc" }];
  const page = filter.page ?? 1;
  const [total, rows] = await Promise.all([
    prisma.article.count({ where }),
    prisma.article.findMany({
      where,
      orderBy,
      skip: (page - 1) * ARTICLES_PAGE_SIZE,
      take: ARTICLES_PAGE_SIZE,
      select: {
        id: true,
        version: true,
        title: true,
        slug: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        deletedAt: true,
        author: { select: { name: true } },
        category: { select: { name: true } },
        workingCopy: { select: { submittedAt: true } },
      },
    }),
  ]);
  const items: ArticleRow[] = rows.map((row) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    slug: row.slug,
    status: row.status,
    isPublic: isPublicNow(row),
    hasChanges: row.workingCopy !== null,
    changesSubmitted: row.workingCopy?.submittedAt != null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    authorName: row.author.name,
    categoryName: row.category.name,
  }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE)) };
}

export type EditableArticle = {
  id: string;
  version: number;
  status: ArticleStatus;
  isPublic: boolean;
  /** the public page's address, while it has one */
  publicSlug: string;
  /** it has been public: its address changes only by hand, and the old one then redirects */
  hasBeenPublic: boolean;
  publishedAt: string | null;
  deletedAt: string | null;
  authorId: string;
  authorName: string;
  content: ArticleContent;
  /** changes waiting to replace the public version */
  workingCopy: { submittedAt: string | null; updatedAt: string } | null;
  submittedAt: string | null;
  others: OtherEditor[];
};

/** Everything the editor opens with, for someone allowed to read this article. */
export async function getArticleForEditing(actor: Actor | null, articleId: string): Promise<EditableArticle> {
  requirePermission(actor, "article.read");
  const row = await prisma.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      version: true,
      status: true,
      slug: true,
      title: true,
      excerpt: true,
      body: true,
      categoryId: true,
      heroImageId: true,
      publishedAt: true,
      firstPublishedAt: true,
      deletedAt: true,
      submittedAt: true,
      authorId: true,
      author: { select: { name: true } },
      tags: { select: { tagId: true } },
      workingCopy: true,
    },
  });
  if (!row) throw new NotFoundError(MISSING_ARTICLE);
  requirePermission(actor, "article.read", { ownerId: row.authorId });
  const working = row.workingCopy;
  const content: ArticleContent = working
    ? {
        title: working.title,
        excerpt: working.excerpt,
        body: sanitizeDocument(working.body),
        slug: working.slug,
        categoryId: working.categoryId,
        heroImageId: working.heroImageId,
        tagIds: working.tagIds,
      }
    : {
        title: row.title,
        excerpt: row.excerpt,
        body: sanitizeDocument(row.body),
        slug: row.slug,
        categoryId: row.categoryId,
        heroImageId: row.heroImageId,
        tagIds: row.tags.map((tag) => tag.tagId),
      };
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    isPublic: isPublicNow(row),
    publicSlug: row.slug,
    hasBeenPublic: row.firstPublishedAt !== null || isPublicNow(row),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    authorId: row.authorId,
    authorName: row.author.name,
    content,
    workingCopy: working ? { submittedAt: working.submittedAt?.toISOString() ?? null, updatedAt: working.updatedAt.toISOString() } : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    others: await otherEditors(actor.id, row.id),
  };
}

export type RevisionSummary = { id: string; kind: string; createdAt: string; authorName: string; title: string; note: string };

export async function listRevisions(actor: Actor | null, articleId: string): Promise<RevisionSummary[]> {
  requirePermission(actor, "article.read");
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { authorId: true } });
  if (!article) throw new NotFoundError(MISSING_ARTICLE);
  requirePermission(actor, "article.read", { ownerId: article.authorId });
  const rows = await prisma.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, kind: true, createdAt: true, authorName: true, title: true, note: true },
  });
  return rows.map((row) => ({ ...row, id: row.id.toString(), createdAt: row.createdAt.toISOString() }));
}

export type RevisionContent = { id: string; kind: string; createdAt: string; authorName: string; title: string; excerpt: string; body: unknown; categoryName: string; tagNames: string[]; slug: string };

/** Two revisions of one article, for the comparison view. */
export async function getRevisions(actor: Actor | null, articleId: string, ids: string[]): Promise<RevisionContent[]> {
  requirePermission(actor, "article.read");
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { authorId: true } });
  if (!article) throw new NotFoundError(MISSING_ARTICLE);
  requirePermission(actor, "article.read", { ownerId: article.authorId });
  const numeric = ids.filter((value) => /^\d{1,18}$/.test(value)).map((value) => BigInt(value));
  const rows = await prisma.articleRevision.findMany({ where: { articleId, id: { in: numeric } } });
  return rows
    .map((row) => ({
      id: row.id.toString(),
      kind: row.kind,
      createdAt: row.createdAt.toISOString(),
      authorName: row.authorName,
      title: row.title,
      excerpt: row.excerpt,
      body: row.body,
      categoryName: row.categoryName,
      tagNames: row.tagNames,
      slug: row.slug,
    }))
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/** The dashboard: one's drafts, what waits for review (editors), what is scheduled, what was published, what happened lately. */
export async function getDashboard(actor: Actor | null) {
  requirePermission(actor, "article.read");
  const mine = { authorId: actor.id, deletedAt: null };
  const visible = { ...scope(actor), deletedAt: null };
  const brief = { id: true, title: true, slug: true, status: true, updatedAt: true, publishedAt: true, author: { select: { name: true } } } as const;
  const reviewer = can(actor, "article.publish");
  const [drafts, review, changes, scheduled, published, activity] = await Promise.all([
    prisma.article.findMany({ where: { ...mine, status: { in: ["DRAFT", "IN_REVIEW"] } }, orderBy: { updatedAt: "desc" }, take: 10, select: brief }),
    reviewer ? prisma.article.findMany({ where: { deletedAt: null, status: "IN_REVIEW" }, orderBy: { submittedAt: "asc" }, take: 20, select: brief }) : [],
    reviewer ? prisma.article.findMany({ where: { deletedAt: null, workingCopy: { submittedAt: { not: null } } }, orderBy: { updatedAt: "asc" }, take: 20, select: brief }) : [],
    prisma.article.findMany({ where: { ...visible, status: "SCHEDULED", publishedAt: { gt: new Date() } }, orderBy: { publishedAt: "asc" }, take: 10, select: brief }),
    prisma.article.findMany({ where: { ...visible, status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: new Date() } }, orderBy: { publishedAt: "desc" }, take: 5, select: brief }),
    prisma.articleRevision.findMany({
      where: { article: visible },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, kind: true, createdAt: true, authorName: true, article: { select: { id: true, title: true, slug: true } } },
    }),
  ]);
  const item = (row: (typeof drafts)[number]) => ({
    id: row.id,
    title: row.title || row.slug,
    status: row.status,
    authorName: row.author.name,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  });
  return {
    drafts: drafts.map(item),
    review: review.map(item),
    changes: changes.map(item),
    scheduled: scheduled.map(item),
    published: published.map(item),
    activity: activity.map((row) => ({
      id: row.id.toString(),
      kind: row.kind,
      createdAt: row.createdAt.toISOString(),
      authorName: row.authorName,
      articleId: row.article.id,
      title: row.article.title || row.article.slug,
    })),
    isReviewer: reviewer,
  };
}

/**
 * The content being edited, shaped as the public page reads an article, for the preview: exactly
 * what readers would see if it were published now.
 */
export async function getArticlePreview(actor: Actor | null, articleId: string): Promise<PublicArticle> {
  const editable = await getArticleForEditing(actor, articleId);
  const { content } = editable;
  const [category, hero, tags] = await Promise.all([
    prisma.category.findUnique({ where: { id: content.categoryId }, select: { slug: true, name: true, description: true } }),
    content.heroImageId ? prisma.media.findUnique({ where: { id: content.heroImageId }, select: { storageKey: true, alt: true, width: true, height: true, caption: true, credit: true } }) : null,
    prisma.tag.findMany({ where: { id: { in: content.tagIds } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  const now = new Date().toISOString();
  return {
    slug: content.slug,
    title: content.title || "(sans titre)",
    excerpt: content.excerpt,
    publishedAt: editable.publishedAt ?? now,
    category: category ?? { slug: "", name: "", description: "" },
    heroImage: toPublicImage(hero),
    body: content.body,
    revisedAt: editable.isPublic && editable.workingCopy ? now : null,
    authorName: editable.authorName,
    tags,
    previous: null,
    next: null,
  };
}
