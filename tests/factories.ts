/** Data factories for integration tests: valid rows with sensible defaults, any field overridable. */
import { prisma } from "../lib/db";
import type { ArticleStatus, Prisma } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/password";
import { settings as seedSettings } from "../prisma/seed-data/settings";

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export async function createUser(data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = next();
  return prisma.user.create({
    data: { email: `agent-${id}@kiosque.localhost`, name: `Agent ${id}`, passwordHash: "!", role: "AUTHOR", ...data },
  });
}

export async function createCategory(data: Partial<Prisma.CategoryUncheckedCreateInput> = {}) {
  const id = next();
  return prisma.category.create({ data: { slug: `categorie-${id}`, name: `Catégorie ${id}`, ...data } });
}

export function paragraphDoc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

type ArticleInput = Partial<Omit<Prisma.ArticleUncheckedCreateInput, "status">> & { status?: ArticleStatus };

export async function createArticle(data: ArticleInput = {}) {
  const id = next();
  const authorId = data.authorId ?? (await createUser()).id;
  const categoryId = data.categoryId ?? (await createCategory()).id;
  const status = data.status ?? "PUBLISHED";
  const publishedAt = data.publishedAt !== undefined ? data.publishedAt : status === "DRAFT" || status === "IN_REVIEW" ? null : new Date(Date.now() - 86_400_000);
  const wasPublic = publishedAt !== null && publishedAt <= new Date() && (status === "PUBLISHED" || status === "ARCHIVED");
  return prisma.article.create({
    data: {
      slug: `article-${id}`,
      title: `Article ${id}`,
      excerpt: `Chapô de l'article ${id}.`,
      body: paragraphDoc(`Corps de l'article ${id}.`),
      firstPublishedAt: wasPublic ? publishedAt : null,
      ...data,
      publishedAt,
      status,
      authorId,
      categoryId,
    },
  });
}

/** The settings row every running site has (the start script creates it): the school's, as seeded. */
export async function ensureSettings(data: Partial<Prisma.SiteSettingsUncheckedCreateInput> = {}) {
  return prisma.siteSettings.upsert({ where: { id: 1 }, create: { ...seedSettings, ...data, id: 1 }, update: data });
}

/**
 * Empties every content table of this test file's database (each file has its own database), and
 * leaves the school's settings in place.
 */
export async function resetContent(): Promise<void> {
  await ensureSettings();
  await prisma.slugRedirect.deleteMany();
  await prisma.articleMedia.deleteMany();
  await prisma.articleTag.deleteMany();
  await prisma.article.deleteMany();
  await prisma.tag.deleteMany();
  await prisma.category.deleteMany();
  await prisma.media.deleteMany();
  await prisma.user.deleteMany();
}

/** Empties every table of this test file's database, then puts the school's settings back. */
export async function resetDatabase(): Promise<void> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.name}"`).join(", ")} RESTART IDENTITY CASCADE`);
  await ensureSettings();
}

/** A member of staff with a known password (hashed for real: argon2id). */
export const STAFF_PASSWORD = "mot de passe de test 1";
const hashes = new Map<string, Promise<string>>();

export async function createStaff(role: "ADMIN" | "EDITOR" | "AUTHOR", data: Partial<Prisma.UserUncheckedCreateInput> & { password?: string } = {}) {
  const { password = STAFF_PASSWORD, ...rest } = data;
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return createUser({ role, passwordHash: await hashes.get(password)!, ...rest });
}

/** A medium of the library (the row only: store its file with saveMediaFile when a test reads it). */
export async function createMedia(data: Partial<Prisma.MediaUncheckedCreateInput> = {}) {
  const id = next();
  return prisma.media.create({
    data: { storageKey: `2026/05/image-${id}.jpg`, originalName: `image-${id}.jpg`, mimeType: "image/jpeg", sizeBytes: 1000, width: 1200, height: 800, alt: `Image ${id}`, ...data },
  });
}
