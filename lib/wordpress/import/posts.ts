/**
 * One WordPress post made into an article (prepare: read, convert, its images imported) and the
 * articles of a batch written in one transaction (write). The rules are in mapping.ts.
 */
import { MAX_TAGS } from "../../admin/articles/schema";
import { snapshot, syncArticleMedia } from "../../admin/articles/content";
import type { Prisma } from "../../generated/prisma/client";
import { sanitizeDocument } from "../../rich-text/sanitize";
import type { RichTextDoc } from "../../rich-text/types";
import { convertWordPressHtml, listImageSources, type ResolvedImage } from "../html";
import { legacyPathOfUrl, normaliseLegacyPath } from "../legacy-path";
import type { WxrItem } from "../wxr";
import { chapo, importedTitle, mapStatus, postHash, postInstant, type ImportedStatus } from "./mapping";
import type { MediaImporter, MediaOutcome } from "./media";
import { kioskSlug, UNCATEGORISED, type References } from "./references";
import { addProblem, type ImportReport } from "./report";
import { metaValue } from "./survey";

type Tx = Prisma.TransactionClient;

export type ExistingArticle = { id: string; slug: string; wordpressHash: string | null; deletedAt: Date | null };

export type PostContext = {
  references: References;
  existing: Map<number, ExistingArticle>;
  slugs: Map<number, string>;
  media: MediaImporter;
  link: (href: string) => string;
  /** the old blog's folder ("/blog"), "" at the root */
  blogPrefix: string;
  timeZone: string;
  report: ImportReport;
};

export type PreparedPost = {
  wordpressId: number;
  guid: string;
  hash: string;
  existing: ExistingArticle | null;
  title: string;
  excerpt: string;
  body: RichTextDoc;
  slug: string;
  status: ImportedStatus;
  publishedAt: Date | null;
  createdAt: Date;
  authorId: string;
  categoryId: string;
  heroImageId: string | null;
  tagIds: string[];
  legacyPaths: string[];
  categorySlug: string;
  tagSlugs: string[];
};

/**
 * The old addresses of a post: its permalink, its GUID (often `/?p=123`), `/?p=123` itself, and
 * `/slug` under the blog's folder, which WordPress answered with a redirect whatever its permalinks.
 */
export function postLegacyPaths(item: Pick<WxrItem, "link" | "guid" | "postId" | "postName">, blogPrefix: string): string[] {
  const candidates = [legacyPathOfUrl(item.link), legacyPathOfUrl(item.guid), `/?p=${item.postId}`, item.postName ? normaliseLegacyPath(`${blogPrefix}/${item.postName}`) : null];
  return [...new Set(candidates.filter((path): path is string => path !== null && path !== "/"))];
}

/** Null when the post is left out or unchanged since the last import (counted in the report). */
export async function preparePost(item: WxrItem, context: PostContext): Promise<PreparedPost | null> {
  const { report } = context;
  const { text: title, hadMarkup } = importedTitle(item.title, item.postId);
  const mapped = mapStatus(item.status);
  if ("skipped" in mapped) {
    report.posts.skipped++;
    report.skipped.push({ wordpressId: item.postId, title, message: mapped.skipped });
    return null;
  }
  const existing = context.existing.get(item.postId) ?? null;
  const thumbnailId = Number(metaValue(item, "_thumbnail_id")) || null;
  const hash = postHash(item, thumbnailId);
  if (existing && existing.wordpressHash === hash) {
    report.posts.unchanged++;
    return null;
  }
  if (existing?.deletedAt) {
    report.posts.skipped++;
    report.skipped.push({ wordpressId: item.postId, title, message: "mis à la corbeille dans Kiosque depuis le dernier import : laissé tel quel" });
    return null;
  }
  const problem = (message: string) => addProblem(report, { wordpressId: item.postId, title, message });
  if (hadMarkup) problem("Titre contenant du HTML : les balises sont retirées, le texte gardé.");
  if (item.isSticky) problem("Article épinglé dans WordPress : Kiosque n’épingle pas, il prend place à sa date.");

  // Images first: the converter asks for them synchronously.
  const outcomes = new Map<string, MediaOutcome>();
  for (const source of listImageSources(item.content)) outcomes.set(context.media.keyOf(source), await context.media.resolve(source));
  for (const outcome of outcomes.values()) if ("missing" in outcome) problem(`Image manquante : ${outcome.missing}.`);
  const image = (source: { src: string; attachmentId?: number; alt: string }): ResolvedImage | null => {
    const outcome = outcomes.get(context.media.keyOf(source));
    if (!outcome || "missing" in outcome) return null;
    return { ...outcome.image, alt: source.alt || outcome.image.alt };
  };
  const conversion = convertWordPressHtml(item.content, { image, link: context.link });
  for (const found of conversion.problems) if (found.code !== "image-manquante") problem(found.message);
  const body = sanitizeDocument(conversion.doc);

  let heroImageId: string | null = null;
  if (thumbnailId) {
    const hero = await context.media.resolve({ src: "", attachmentId: thumbnailId });
    if ("missing" in hero) problem(`Image à la une manquante : ${hero.missing}.`);
    else {
      heroImageId = hero.image.mediaId ?? null;
      if (!hero.image.alt) problem("Image à la une sans texte alternatif : à décrire avant toute republication.");
    }
  }

  const excerpt = chapo(item.excerpt, conversion.firstParagraph);
  if (excerpt.fromBody && excerpt.text) problem("Pas d’extrait : le premier paragraphe sert de chapô.");
  if (!excerpt.text) problem("Ni extrait ni premier paragraphe : chapô vide, à écrire avant toute republication.");

  let status = mapped.status;
  let publishedAt = postInstant(item.postDate, item.postDateGmt, context.timeZone);
  if ((status === "PUBLISHED" || status === "SCHEDULED") && !publishedAt) {
    problem("Date de publication illisible : importé comme brouillon.");
    status = "DRAFT";
  }
  const createdAt = publishedAt ?? new Date();
  if (status === "DRAFT" || status === "IN_REVIEW") publishedAt = null;

  const categories = item.categories.filter((term) => term.taxonomy === "category");
  const categorySlug = (categories[0] && kioskSlug(categories[0])) || UNCATEGORISED.slug;
  if (categories.length > 1) problem(`Plusieurs rubriques : « ${categorySlug} » est gardée, les autres deviennent des mots-clés.`);
  const tagSlugs = [
    ...new Set([...categories.slice(1), ...item.categories.filter((term) => term.taxonomy === "post_tag")].map(kioskSlug).filter(Boolean)),
  ];
  if (tagSlugs.length > MAX_TAGS) problem(`${tagSlugs.length} mots-clés : les ${MAX_TAGS} premiers sont gardés.`);
  const keptTags = tagSlugs.slice(0, MAX_TAGS);

  const authorId = context.references.userIdByLogin.get(item.creator);
  const categoryId = context.references.categoryIdBySlug.get(categorySlug);
  if (!authorId || !categoryId) throw new Error(`Article WordPress n° ${item.postId} : auteur ou rubrique non préparés.`);
  return {
    wordpressId: item.postId,
    guid: item.guid,
    hash,
    existing,
    title,
    excerpt: excerpt.text,
    body,
    slug: context.slugs.get(item.postId)!,
    status,
    publishedAt,
    createdAt,
    authorId,
    categoryId,
    heroImageId,
    tagIds: keptTags.map((slug) => context.references.tagIdBySlug.get(slug)).filter((id): id is string => Boolean(id)),
    legacyPaths: postLegacyPaths(item, context.blogPrefix),
    categorySlug,
    tagSlugs: keptTags,
  };
}

/** Writes a batch of prepared posts; returns how many old addresses now redirect. */
export async function writePosts(tx: Tx, posts: PreparedPost[], actor: { id: string | null; name: string }, report: ImportReport): Promise<number> {
  let redirects = 0;
  for (const post of posts) {
    const isPublic = post.status === "PUBLISHED";
    const fields = {
      title: post.title,
      excerpt: post.excerpt,
      body: post.body,
      status: post.status,
      publishedAt: post.publishedAt,
      firstPublishedAt: isPublic ? post.publishedAt : null,
      submittedAt: post.status === "IN_REVIEW" ? new Date() : null,
      authorId: post.authorId,
      categoryId: post.categoryId,
      heroImageId: post.heroImageId,
      wordpressGuid: post.guid,
      wordpressHash: post.hash,
    };
    const tags = post.tagIds.map((tagId) => ({ tagId }));
    let articleId: string;
    if (post.existing) {
      articleId = post.existing.id;
      await tx.article.update({ where: { id: articleId }, data: { ...fields, version: { increment: 1 }, tags: { deleteMany: {}, create: tags } } });
      report.posts.updated++;
    } else {
      const created = await tx.article.create({ data: { ...fields, slug: post.slug, wordpressId: post.wordpressId, createdAt: post.createdAt, tags: { create: tags } }, select: { id: true } });
      articleId = created.id;
      report.posts.created++;
    }
    const content = { title: post.title, excerpt: post.excerpt, body: post.body, slug: post.existing?.slug ?? post.slug, categoryId: post.categoryId, heroImageId: post.heroImageId, tagIds: post.tagIds };
    await syncArticleMedia(tx, articleId, content, false);
    await snapshot(tx, articleId, content, "IMPORT", actor, `Import WordPress (article n° ${post.wordpressId})`);
    const inserted = await tx.legacyUrl.createMany({ data: post.legacyPaths.map((path) => ({ path, articleId })), skipDuplicates: true });
    redirects += inserted.count;
  }
  return redirects;
}
