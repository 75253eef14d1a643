/**
 * What an empty database receives.
 *
 * - The essentials, always: the school's settings and sites (its identity, edited in the back
 *   office) and, when the database has no user at all, the administrator ADMIN_EMAIL with
 *   ADMIN_PASSWORD or a generated password printed once.
 * - The demo content, only when asked (`npm start` on the embedded database does; a database behind
 *   DATABASE_URL never does unless `npm run db:seed -- --demo`): categories, tags, illustrations,
 *   two demo staff accounts and the articles of prisma/seed-data/, only into a database that has no
 *   article yet.
 *
 *   npm run db:seed [-- --demo]
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import sharp from "sharp";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/password";
import { bodyMediaIds } from "../lib/rich-text/images";
import type { BlockNode, RichTextDoc } from "../lib/rich-text/types";
import { paths } from "../lib/paths";
import { MIME_TYPES, saveMediaFile } from "../lib/storage";
import {
  articles,
  categories,
  seedImageNames,
  seedImages,
  seedUsers,
  settings,
  sites,
  tags,
  type DemoArticle,
  type SeedImageName,
} from "./seed-data";
import { ADMIN_NAME } from "./seed-data/users";
import { seedDataProblems } from "./seed-data/validate";

export type SeedOptions = {
  /** where media files live: <KIOSQUE_DATA_DIR>/uploads */
  uploadsDir: string;
  /** also the demo articles, categories, tags, media and staff (never on a production database) */
  demo: boolean;
  adminEmail: string;
  /** at least 12 characters; a strong random one is generated (and returned) when absent */
  adminPassword?: string;
  log?: (message: string) => void;
};

export type SeedResult = {
  /** whether anything was written */
  seeded: boolean;
  /** the essentials (settings, sites, administrator) were created */
  essentials: boolean;
  /** the demo content was created */
  demo: boolean;
  generatedAdminPassword?: string;
};

const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "seed-assets");
const MIN_PASSWORD_LENGTH = 12;
// Serializes concurrent seeds (two instances starting on the same empty database): any constant works.
const SEED_LOCK_KEY = 4_242_001;

type SeededMedia = { id: string; width: number; height: number };

/** 144 random bits, written with 24 URL-safe characters. */
function strongPassword(): string {
  return randomBytes(18).toString("base64url");
}

/** Reads an illustration, copies it into the media storage and returns what its Media row needs. */
async function storeImage(name: SeedImageName, uploadsDir: string) {
  const image = seedImages[name];
  const content = await readFile(path.join(ASSETS_DIR, image.file));
  const { width, height } = await sharp(content).metadata();
  if (!width || !height) throw new Error(`Dimensions illisibles : ${image.file}`);
  const extension = path.extname(image.file).slice(1).toLowerCase();
  const mimeType = MIME_TYPES[extension];
  if (!mimeType) throw new Error(`Type de fichier inconnu : ${image.file}`);
  await saveMediaFile(image.storageKey, content, uploadsDir);
  return {
    storageKey: image.storageKey,
    originalName: image.file,
    mimeType,
    sizeBytes: content.length,
    width,
    height,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
  };
}

/** Gives the body's images the id and dimensions of their Media row, as the editor does on insertion. */
function withMediaAttributes(body: RichTextDoc, mediaBySrc: Map<string, SeededMedia>, slug: string): RichTextDoc {
  const visit = (node: BlockNode): BlockNode => {
    switch (node.type) {
      case "image": {
        const media = mediaBySrc.get(node.attrs.src);
        if (!media) throw new Error(`Image inconnue dans l'article ${slug} : ${node.attrs.src}`);
        return { ...node, attrs: { ...node.attrs, width: media.width, height: media.height, mediaId: media.id } };
      }
      case "bulletList":
      case "orderedList":
        return { ...node, content: node.content.map((item) => ({ ...item, content: item.content.map(visit) })) };
      case "blockquote":
        return { ...node, content: node.content.map(visit) };
      default:
        return node;
    }
  };
  return { type: "doc", content: body.content.map(visit) };
}

function articleDates(article: DemoArticle) {
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;
  const revisedAt = article.revisedAt ? new Date(article.revisedAt) : null;
  const createdAt = new Date(article.createdAt ?? article.publishedAt ?? "");
  // Articles that have been public (archived ones included) remember it: their URL answers 410 once withdrawn.
  const wasPublic = publishedAt !== null && (article.status === "PUBLISHED" || article.status === "ARCHIVED" || (article.status === "SCHEDULED" && publishedAt <= new Date()));
  return { publishedAt, revisedAt, createdAt, updatedAt: revisedAt ?? createdAt, firstPublishedAt: wasPublic ? publishedAt : null };
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The school's settings and sites, when the settings row is missing; the administrator, when there is no user. */
async function seedEssentials(tx: Tx, adminEmail: string, adminHash: string): Promise<{ settings: boolean; admin: boolean }> {
  const hasSettings = (await tx.siteSettings.count()) > 0;
  if (!hasSettings) {
    await tx.siteSettings.create({ data: { id: 1, ...settings } });
    if ((await tx.site.count()) === 0) await tx.site.createMany({ data: sites });
  }
  const hasUser = (await tx.user.count()) > 0;
  if (!hasUser) await tx.user.create({ data: { email: adminEmail, name: ADMIN_NAME, role: "ADMIN", passwordHash: adminHash } });
  return { settings: !hasSettings, admin: !hasUser };
}

type DemoFiles = { mediaData: Awaited<ReturnType<typeof storeImage>>[]; editorHash: string; authorHash: string };

/** The demo content, into a database that has no article yet. Returns a summary, or null when skipped. */
async function seedDemo(tx: Tx, adminEmail: string, files: DemoFiles): Promise<string | null> {
  if ((await tx.article.count()) > 0) return null;
  const demoEmails = Object.values(seedUsers).map((user) => user.email);
  const existing = await tx.user.findMany({ where: { email: { in: demoEmails } }, select: { email: true } });
  const users = await tx.user.createManyAndReturn({
    data: [
      { ...seedUsers.editor, passwordHash: files.editorHash },
      { ...seedUsers.author, passwordHash: files.authorHash },
    ].filter((user) => !existing.some((row) => row.email === user.email)),
    select: { id: true, email: true },
  });
  const admin = await tx.user.findFirst({
    where: { OR: [{ email: adminEmail }, { role: "ADMIN" }] },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const userId = async (email: string) =>
    users.find((user) => user.email === email)?.id ?? (await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const authorIds = {
    admin: admin?.id ?? (await userId(seedUsers.editor.email)),
    editor: await userId(seedUsers.editor.email),
    author: await userId(seedUsers.author.email),
  };

  const media = await tx.media.createManyAndReturn({
    data: files.mediaData.map((item) => ({ ...item, uploadedById: authorIds.editor })),
    select: { id: true, storageKey: true, width: true, height: true },
  });
  const mediaByKey = new Map(media.map((item) => [item.storageKey, item]));
  const mediaBySrc = new Map(media.map((item) => [paths.media(item.storageKey), item]));

  const categoryRows = await tx.category.createManyAndReturn({
    data: categories.map((category) => ({ ...category })),
    select: { id: true, slug: true },
  });
  const categoryIds = new Map(categoryRows.map((row) => [row.slug, row.id]));
  const tagRows = await tx.tag.createManyAndReturn({ data: tags.map((tag) => ({ ...tag })), select: { id: true, slug: true } });
  const tagIds = new Map(tagRows.map((row) => [row.slug, row.id]));

  const articleRows = await tx.article.createManyAndReturn({
    data: articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      excerpt: article.excerpt,
      body: withMediaAttributes(article.body, mediaBySrc, article.slug),
      status: article.status,
      ...articleDates(article),
      authorId: authorIds[article.author],
      categoryId: categoryIds.get(article.category) ?? "",
      heroImageId: article.heroImage ? (mediaByKey.get(seedImages[article.heroImage].storageKey)?.id ?? null) : null,
    })),
    select: { id: true, slug: true },
  });
  const articleIds = new Map(articleRows.map((row) => [row.slug, row.id]));
  const articleId = (slug: string) => articleIds.get(slug) ?? "";

  await tx.articleTag.createMany({
    data: articles.flatMap((article) => article.tags.map((tag) => ({ articleId: articleId(article.slug), tagId: tagIds.get(tag) ?? "" }))),
  });
  await tx.slugRedirect.createMany({
    data: articles.flatMap((article) => (article.oldSlugs ?? []).map((oldSlug) => ({ oldSlug, articleId: articleId(article.slug) }))),
  });
  const seededBodies = await tx.article.findMany({ select: { id: true, heroImageId: true, body: true } });
  await tx.articleMedia.createMany({
    data: seededBodies.flatMap((row) =>
      [...new Set([...(row.heroImageId ? [row.heroImageId] : []), ...bodyMediaIds(row.body)])].map((mediaId) => ({ articleId: row.id, mediaId, inWorkingCopy: false })),
    ),
  });
  return `${articleRows.length} articles, ${categoryRows.length} catégories, ${tagRows.length} étiquettes, ${media.length} médias et ${users.length} comptes de démonstration créés`;
}

/**
 * Fills what is missing of an empty database: the essentials always, the demo content when
 * `options.demo`. Writes nothing to a database that has them already, so it runs at every start.
 * Deterministic apart from ids, timestamps of non-article rows and the passwords.
 */
export async function seedDatabase(db: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  if (options.demo) {
    const problems = seedDataProblems(articles);
    if (problems.length > 0) throw new Error(`Contenu de démonstration incohérent :\n  - ${problems.join("\n  - ")}`);
  }
  if (options.adminPassword !== undefined && options.adminPassword.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`Le mot de passe administrateur doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`);
  }
  const adminEmail = options.adminEmail.trim().toLowerCase();
  if (options.demo && Object.values(seedUsers).some((user) => user.email === adminEmail)) {
    throw new Error(`L'adresse ${adminEmail} est réservée à un compte de démonstration : choisissez-en une autre.`);
  }

  const [hasSettings, hasUser, hasArticle] = await Promise.all([db.siteSettings.count(), db.user.count(), db.article.count()]);
  const needsDemo = options.demo && hasArticle === 0;
  if (hasSettings > 0 && hasUser > 0 && !needsDemo) return { seeded: false, essentials: false, demo: false };

  // Files and password hashes first: nothing slow happens inside the transaction.
  const generatedAdminPassword = hasUser === 0 && options.adminPassword === undefined ? strongPassword() : undefined;
  const adminHash = await hashPassword(options.adminPassword ?? generatedAdminPassword ?? strongPassword());
  let files: DemoFiles | undefined;
  if (needsDemo) {
    const mediaData = await Promise.all(seedImageNames.map((name) => storeImage(name, options.uploadsDir)));
    log(`${mediaData.length} images copiées dans ${options.uploadsDir}`);
    // nobody knows these: an administrator sends a link to choose one
    const [editorHash, authorHash] = await Promise.all([hashPassword(strongPassword()), hashPassword(strongPassword())]);
    files = { mediaData, editorHash, authorHash };
  }

  const outcome = await db.$transaction(
    async (tx) => {
      // Two instances starting on one empty database: the second waits, then finds everything there.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const essentials = await seedEssentials(tx, adminEmail, adminHash);
      const demo = files ? await seedDemo(tx, adminEmail, files) : null;
      return { essentials, demo };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );

  if (outcome.essentials.settings) log(`Réglages de l'établissement et ${sites.length} sites créés`);
  if (outcome.essentials.admin) log(`Compte administrateur ${adminEmail} créé`);
  if (outcome.demo) log(outcome.demo);
  const essentials = outcome.essentials.settings || outcome.essentials.admin;
  const result: SeedResult = { seeded: essentials || outcome.demo !== null, essentials, demo: outcome.demo !== null };
  return outcome.essentials.admin && generatedAdminPassword ? { ...result, generatedAdminPassword } : result;
}

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { prisma, disconnectDb } = await import("../lib/db");
  try {
    const config = env();
    const started = performance.now();
    const result = await seedDatabase(prisma, {
      demo: process.argv.includes("--demo"),
      uploadsDir: path.resolve(config.KIOSQUE_DATA_DIR, "uploads"),
      adminEmail: config.ADMIN_EMAIL,
      adminPassword: config.ADMIN_PASSWORD,
      log: (message) => console.log(message),
    });
    if (!result.seeded) console.log("Rien à ajouter : la base contient déjà ces données.");
    else console.log(`Terminé en ${Math.round(performance.now() - started)} ms.`);
    if (result.generatedAdminPassword) {
      console.log(`Compte administrateur : ${config.ADMIN_EMAIL}, mot de passe généré (affiché une seule fois, notez-le) : ${result.generatedAdminPassword}`);
    } else if (result.essentials) {
      console.log(`Compte administrateur : ${config.ADMIN_EMAIL}, mot de passe : celui de la variable ADMIN_PASSWORD.`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await disconnectDb();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  await main();
}
