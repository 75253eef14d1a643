import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { MediaChoice } from "../../media/types";
import { paths } from "../../paths";
import { bodyMediaIds } from "../../rich-text/images";
import { followsTitle } from "../../editor/local-copy";
import type { EditorState } from "../../editor/types";
import type { RichTextDoc } from "../../rich-text/types";
import { getArticleForEditing } from "./queries";

/** What the editor's fields choose from, as plain data for its client component. */
export type EditorChoices = {
  categories: { id: string; name: string }[];
  tags: { id: string; name: string }[];
};

export async function getEditorChoices(actor: Actor | null): Promise<EditorChoices> {
  requirePermission(actor, "article.read");
  const [categories, tags] = await Promise.all([
    prisma.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    prisma.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { categories, tags };
}

const choiceSelect = { id: true, storageKey: true, alt: true, decorative: true, caption: true, credit: true, width: true, height: true } as const;

function toMediaChoice(row: { id: string; storageKey: string; alt: string; decorative: boolean; caption: string; credit: string; width: number; height: number }): MediaChoice {
  return {
    id: row.id,
    src: paths.media(row.storageKey),
    alt: row.alt,
    decorative: row.decorative,
    caption: row.caption,
    credit: row.credit,
    width: row.width,
    height: row.height,
  };
}

/** A medium as the editor keeps it (the hero image field), or null when it is gone. */
export async function getMediaChoice(actor: Actor | null, id: string): Promise<MediaChoice | null> {
  requirePermission(actor, "article.read");
  const row = await prisma.media.findUnique({ where: { id }, select: choiceSelect });
  return row ? toMediaChoice(row) : null;
}

/**
 * The media facts the editor's accessibility check needs and the document does not carry: the
 * hero image, and which of the body's images are decorative (their empty alternative is meant).
 */
export async function getContentMedia(actor: Actor | null, content: { heroImageId: string | null; body: RichTextDoc }): Promise<{ hero: MediaChoice | null; decorativeMediaIds: string[] }> {
  requirePermission(actor, "article.read");
  const bodyIds = bodyMediaIds(content.body);
  const ids = [...new Set([...(content.heroImageId ? [content.heroImageId] : []), ...bodyIds])];
  const rows = ids.length > 0 ? await prisma.media.findMany({ where: { id: { in: ids } }, select: choiceSelect }) : [];
  const hero = rows.find((row) => row.id === content.heroImageId);
  return {
    hero: hero ? toMediaChoice(hero) : null,
    decorativeMediaIds: rows.filter((row) => row.decorative && bodyIds.includes(row.id)).map((row) => row.id),
  };
}

/**
 * The editor's state of an article, for someone allowed to read it: what its page opens with, and
 * what the editor reloads after a workflow action. Plain data for the client component.
 */
export async function getEditorState(actor: Actor | null, articleId: string): Promise<EditorState> {
  const editable = await getArticleForEditing(actor, articleId);
  const { content } = editable;
  const media = await getContentMedia(actor, content);
  return {
    article: {
      id: editable.id,
      status: editable.status,
      isPublic: editable.isPublic,
      hasBeenPublic: editable.hasBeenPublic,
      publicSlug: editable.publicSlug,
      publishedAt: editable.publishedAt,
      deleted: editable.deletedAt !== null,
      authorId: editable.authorId,
      authorName: editable.authorName,
      hasWorkingCopy: editable.workingCopy !== null,
      changesSubmitted: editable.status === "IN_REVIEW" || editable.workingCopy?.submittedAt != null,
    },
    version: editable.version,
    content: {
      title: content.title,
      excerpt: content.excerpt,
      body: content.body,
      slug: content.slug,
      slugAuto: followsTitle(content.slug, content.title, editable.hasBeenPublic),
      categoryId: content.categoryId,
      heroImageId: content.heroImageId,
      tagIds: content.tagIds,
    },
    hero: media.hero,
    decorativeMediaIds: media.decorativeMediaIds,
    others: editable.others,
  };
}
