import "server-only";
import { requirePermission } from "../auth/authorize";
import { can } from "../auth/permissions";
import type { Actor } from "../auth/session";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { cropPath } from "../images/crops";
import { paths } from "../paths";
import { isPublicNow } from "../articles/status";
import type { LibraryItem, PickerPage } from "./library";
import { MEDIA_PER_PAGE, PICKER_PER_PAGE, type MediaListQuery, type PickerQuery } from "./schema";

export const librarySelect = {
  id: true,
  storageKey: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  decorative: true,
  focalX: true,
  focalY: true,
  createdAt: true,
  updatedAt: true,
  uploadedById: true,
} satisfies Prisma.MediaSelect;

type LibraryRow = Prisma.MediaGetPayload<{ select: typeof librarySelect }>;

export function toLibraryItem(row: LibraryRow): LibraryItem {
  return {
    id: row.id,
    src: paths.media(row.storageKey),
    alt: row.alt,
    decorative: row.decorative,
    caption: row.caption,
    credit: row.credit,
    width: row.width,
    height: row.height,
    originalName: row.originalName,
    thumbnailUrl: `${cropPath("vignette", row.storageKey)}?v=${row.updatedAt.getTime().toString(36)}`,
    editUrl: paths.admin.mediaItem(row.id),
  };
}

type Filters = { q?: string; usage?: MediaListQuery["utilisation"]; uploadedById?: string };

/**
 * The ids of the media matching a search, newest first, with the total. The search ignores case
 * and accents ("eleves" finds "Élèves") in the file name, the alternative text and the caption,
 * which Prisma's `contains` cannot do.
 */
async function searchIds(filters: Filters, page: number, perPage: number): Promise<{ ids: string[]; total: number }> {
  const conditions: Prisma.Sql[] = [];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(
      Prisma.sql`(unaccent(lower(m."originalName")) LIKE unaccent(lower(${pattern})) OR unaccent(lower(m."alt")) LIKE unaccent(lower(${pattern})) OR unaccent(lower(m."caption")) LIKE unaccent(lower(${pattern})))`,
    );
  }
  if (filters.usage === "utilisees") conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleMedia" am WHERE am."mediaId" = m."id")`);
  if (filters.usage === "inutilisees") conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ArticleMedia" am WHERE am."mediaId" = m."id")`);
  if (filters.uploadedById) conditions.push(Prisma.sql`m."uploadedById" = ${filters.uploadedById}`);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [count] = await prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Media" m ${where}`;
  const total = Number(count?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(page, pageCount);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT m."id" FROM "Media" m ${where} ORDER BY m."createdAt" DESC, m."id" DESC LIMIT ${perPage} OFFSET ${(current - 1) * perPage}`;
  return { ids: rows.map((row) => row.id), total };
}

async function rowsInOrder<S extends Prisma.MediaSelect>(ids: string[], select: S) {
  const rows = await prisma.media.findMany({ where: { id: { in: ids } }, select });
  const byId = new Map(rows.map((row) => [(row as { id: string }).id, row]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

async function defaultCredit(): Promise<string> {
  return (await prisma.siteSettings.findUnique({ where: { id: 1 }, select: { defaultImageCredit: true } }))?.defaultImageCredit ?? "";
}

/**
 * One page of the library, for every member of staff (every role may upload, and so choose among
 * the school's images): search, used or unused, only mine.
 */
export async function listMedia(actor: Actor | null, query: MediaListQuery) {
  requirePermission(actor, "media.upload");
  const { ids, total } = await searchIds({ q: query.q, usage: query.utilisation, uploadedById: query.miennes ? actor.id : undefined }, query.page, MEDIA_PER_PAGE);
  const pageCount = Math.max(1, Math.ceil(total / MEDIA_PER_PAGE));
  const [rows, usage, credit] = await Promise.all([
    rowsInOrder(ids, { ...librarySelect, uploadedBy: { select: { name: true } } }),
    prisma.articleMedia.groupBy({ by: ["mediaId", "articleId"], where: { mediaId: { in: ids } } }),
    defaultCredit(),
  ]);
  const articleCounts = new Map<string, number>();
  for (const row of usage) articleCounts.set(row.mediaId, (articleCounts.get(row.mediaId) ?? 0) + 1);
  return {
    items: rows.map((row) => ({
      ...toLibraryItem(row),
      uploadedBy: row.uploadedBy?.name ?? null,
      createdAt: row.createdAt.toISOString(),
      articleCount: articleCounts.get(row.id) ?? 0,
    })),
    total,
    page: Math.min(query.page, pageCount),
    pageCount,
    defaultCredit: credit,
  };
}

/** One page of the editor's image chooser. */
export async function pickMedia(actor: Actor | null, query: PickerQuery): Promise<PickerPage> {
  requirePermission(actor, "media.upload");
  const { ids, total } = await searchIds({ q: query.q }, query.page, PICKER_PER_PAGE);
  const pageCount = Math.max(1, Math.ceil(total / PICKER_PER_PAGE));
  const [rows, credit] = await Promise.all([rowsInOrder(ids, librarySelect), defaultCredit()]);
  return { items: rows.map(toLibraryItem), page: Math.min(query.page, pageCount), pageCount, total, defaultCredit: credit };
}

/** The articles whose content uses a medium: their public version, their working copy, or both. */
export async function mediaUsage(db: Pick<Prisma.TransactionClient, "articleMedia" | "article" | "articleWorkingCopy">, mediaId: string) {
  const [links, heroes, workingHeroes] = await Promise.all([
    db.articleMedia.findMany({ where: { mediaId }, select: { articleId: true, inWorkingCopy: true } }),
    // The hero columns too: a row written before the article layer kept ArticleMedia up to date still counts.
    db.article.findMany({ where: { heroImageId: mediaId }, select: { id: true } }),
    db.articleWorkingCopy.findMany({ where: { heroImageId: mediaId }, select: { articleId: true } }),
  ]);
  const usage = new Map<string, { published: boolean; workingCopy: boolean }>();
  const mark = (articleId: string, inWorkingCopy: boolean) => {
    const entry = usage.get(articleId) ?? { published: false, workingCopy: false };
    if (inWorkingCopy) entry.workingCopy = true;
    else entry.published = true;
    usage.set(articleId, entry);
  };
  for (const link of links) mark(link.articleId, link.inWorkingCopy);
  for (const hero of heroes) mark(hero.id, false);
  for (const hero of workingHeroes) mark(hero.articleId, true);
  if (usage.size === 0) return [];
  const articles = await db.article.findMany({
    where: { id: { in: [...usage.keys()] } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, slug: true, status: true, publishedAt: true, deletedAt: true },
  });
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    slug: article.slug,
    status: article.status,
    inTrash: article.deletedAt !== null,
    publicNow: isPublicNow(article),
    /** its own content (the public version, for a published article) shows the medium */
    inOwnContent: usage.get(article.id)?.published ?? false,
    /** its working copy (changes not yet applied) shows it */
    inWorkingCopy: usage.get(article.id)?.workingCopy ?? false,
  }));
}

/** One medium as its page shows and edits it, with the articles using it; null when it does not exist. */
export async function getMediaForEditing(actor: Actor | null, id: string) {
  requirePermission(actor, "media.upload");
  const row = await prisma.media.findUnique({ where: { id }, select: { ...librarySelect, uploadedBy: { select: { name: true } } } });
  if (!row) return null;
  const usage = await mediaUsage(prisma, id);
  return {
    ...toLibraryItem(row),
    storageKey: row.storageKey,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    focalX: row.focalX,
    focalY: row.focalY,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    uploadedBy: row.uploadedBy?.name ?? null,
    usage,
    mayUpdate: can(actor, "media.update", { ownerId: row.uploadedById }),
    mayDelete: can(actor, "media.delete"),
  };
}
