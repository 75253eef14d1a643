/**
 * The demo content: the school's settings and sites, categories, tags, illustrations, three users and
 * the articles of prisma/seed-data/. It only ever fills an EMPTY database (no settings row, no article).
 *
 *   npx tsx prisma/seed.ts        (or npm run db:seed)
 *
 * seeds the database at DATABASE_URL, copies the images into <KIOSQUE_DATA_DIR>/uploads, and creates the
 * administrator ADMIN_EMAIL (default admin@kiosque.localhost) with ADMIN_PASSWORD, or with a generated
 * password that it prints once.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import sharp from "sharp";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/password";
import type { BlockNode, RichTextDoc } from "../lib/rich-text/types";
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
  adminEmail: string;
  /** at least 12 characters; a strong random one is generated (and returned) when absent */
  adminPassword?: string;
  log?: (message: string) => void;
};

export type SeedResult = { seeded: boolean; generatedAdminPassword?: string };

const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "seed-assets");
const MIN_PASSWORD_LENGTH = 12;
// Serializes concurrent seeds (two instances starting on the same empty database): any constant works.
const SEED_LOCK_KEY = 4_242_001;

type SeededMedia = { id: string; width: number; height: number };

/** 144 random bits, written with 24 URL-safe characters. */
function strongPassword(): string {
  return randomBytes(18).toString("base64url");
}

async function isEmpty(db: Pick<PrismaClient, "siteSettings" | "article">): Promise<boolean> {
  const [settingsRows, articleRows] = await Promise.all([db.siteSettings.count(), db.article.count()]);
  return settingsRows === 0 && articleRows === 0;
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
  return { publishedAt, revisedAt, createdAt, updatedAt: revisedAt ?? createdAt };
}

/**
 * Fills an empty database with the demo content. Returns `{ seeded: false }` and writes nothing when the
 * database already has a settings row or an article. Deterministic apart from ids, timestamps of
 * non-article rows and the passwords.
 */
export async function seedDatabase(db: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  if (!(await isEmpty(db))) {
    log("La base contient déjà des données : rien n'est ajouté.");
    return { seeded: false };
  }
  const problems = seedDataProblems(articles);
  if (problems.length > 0) throw new Error(`Contenu de démonstration incohérent :\n  - ${problems.join("\n  - ")}`);
  if (options.adminPassword !== undefined && options.adminPassword.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`Le mot de passe administrateur doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`);
  }
  const adminEmail = options.adminEmail.trim().toLowerCase();
  if (Object.values(seedUsers).some((user) => user.email === adminEmail)) {
    throw new Error(`L'adresse ${adminEmail} est réservée à un compte de démonstration : choisissez-en une autre.`);
  }

  // Files and password hashes first: nothing slow happens inside the transaction.
  const mediaData = await Promise.all(seedImageNames.map((name) => storeImage(name, options.uploadsDir)));
  log(`${mediaData.length} images copiées dans ${options.uploadsDir}`);
  const generatedAdminPassword = options.adminPassword === undefined ? strongPassword() : undefined;
  const [adminHash, editorHash, authorHash] = await Promise.all([
    hashPassword(options.adminPassword ?? generatedAdminPassword ?? strongPassword()),
    // nobody knows these: an administrator resets them to use the accounts
    hashPassword(strongPassword()),
    hashPassword(strongPassword()),
  ]);

  const seeded = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if (!(await isEmpty(tx))) return false;

      const users = await tx.user.createManyAndReturn({
        data: [
          { email: adminEmail, name: ADMIN_NAME, role: "ADMIN", passwordHash: adminHash },
          { ...seedUsers.editor, passwordHash: editorHash },
          { ...seedUsers.author, passwordHash: authorHash },
        ],
        select: { id: true, email: true },
      });
      const userId = (email: string) => users.find((user) => user.email === email)?.id ?? "";
      const authorIds = {
        admin: userId(adminEmail),
        editor: userId(seedUsers.editor.email),
        author: userId(seedUsers.author.email),
      };

      const media = await tx.media.createManyAndReturn({
        data: mediaData.map((item) => ({ ...item, uploadedById: authorIds.editor })),
        select: { id: true, storageKey: true, width: true, height: true },
      });
      const mediaByKey = new Map(media.map((item) => [item.storageKey, item]));
      const mediaBySrc = new Map(media.map((item) => [`/medias/${item.storageKey}`, item]));

      const categoryRows = await tx.category.createManyAndReturn({
        data: categories.map((category) => ({ ...category })),
        select: { id: true, slug: true },
      });
      const categoryIds = new Map(categoryRows.map((row) => [row.slug, row.id]));
      const tagRows = await tx.tag.createManyAndReturn({ data: tags.map((tag) => ({ ...tag })), select: { id: true, slug: true } });
      const tagIds = new Map(tagRows.map((row) => [row.slug, row.id]));

      await tx.siteSettings.create({ data: { id: 1, ...settings } });
      await tx.site.createMany({ data: sites });

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
      log(
        `${articleRows.length} articles, ${categoryRows.length} catégories, ${tagRows.length} étiquettes, ${media.length} médias, ${sites.length} sites et ${users.length} utilisateurs créés`,
      );
      return true;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );

  if (!seeded) {
    log("La base a été remplie entre-temps par un autre processus : rien n'est ajouté.");
    return { seeded: false };
  }
  return generatedAdminPassword ? { seeded: true, generatedAdminPassword } : { seeded: true };
}

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { prisma, disconnectDb } = await import("../lib/db");
  try {
    const config = env();
    const started = performance.now();
    const result = await seedDatabase(prisma, {
      uploadsDir: path.resolve(config.KIOSQUE_DATA_DIR, "uploads"),
      adminEmail: config.ADMIN_EMAIL,
      adminPassword: config.ADMIN_PASSWORD,
      log: (message) => console.log(message),
    });
    if (result.seeded) {
      console.log(`Contenu de démonstration créé en ${Math.round(performance.now() - started)} ms.`);
      console.log(`Compte administrateur : ${config.ADMIN_EMAIL}`);
      if (result.generatedAdminPassword) {
        console.log(`Mot de passe généré (affiché une seule fois, notez-le) : ${result.generatedAdminPassword}`);
      } else {
        console.log("Mot de passe : celui de la variable ADMIN_PASSWORD.");
      }
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
