import { sanitizeDocument } from "../rich-text/sanitize";
import type { RichTextDoc } from "../rich-text/types";
import { slugify } from "../slug";

/**
 * The copy of what is being typed that the browser keeps (localStorage), written at every change:
 * it survives a closed tab, a crash, a lost connection or an ended session, and is offered back
 * when the article is opened again and differs from what the server has. Pure functions; the
 * storage is passed in.
 */

/** What the editor edits, as it saves it (lib/admin/articles/schema.ts, `articleContentSchema`). */
export type EditorFields = {
  title: string;
  excerpt: string;
  body: RichTextDoc;
  slug: string;
  slugAuto: boolean;
  categoryId: string;
  heroImageId: string | null;
  tagIds: string[];
};

export type LocalCopy = {
  format: 1;
  /** null: an article not created yet */
  articleId: string | null;
  /** the version the typing started from; null for a new article */
  baseVersion: number | null;
  /** when the browser wrote it (ISO 8601) */
  writtenAt: string;
  content: EditorFields;
};

const PREFIX = "kiosque:article:";

export function localCopyKey(articleId: string | null): string {
  return `${PREFIX}${articleId ?? "nouveau"}`;
}

const isString = (value: unknown): value is string => typeof value === "string";

/** A stored copy read back; anything malformed or from another format is ignored, never trusted. */
export function parseLocalCopy(raw: string | null): LocalCopy | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const copy = value as Record<string, unknown>;
  const content = copy.content as Record<string, unknown> | undefined;
  if (copy.format !== 1 || typeof content !== "object" || content === null) return null;
  if (!(copy.articleId === null || isString(copy.articleId))) return null;
  if (!(copy.baseVersion === null || (typeof copy.baseVersion === "number" && Number.isInteger(copy.baseVersion)))) return null;
  if (!isString(copy.writtenAt) || Number.isNaN(Date.parse(copy.writtenAt))) return null;
  const { title, excerpt, body, slug, slugAuto, categoryId, heroImageId, tagIds } = content;
  if (!isString(title) || !isString(excerpt) || !isString(slug) || typeof slugAuto !== "boolean" || !isString(categoryId)) return null;
  if (!(heroImageId === null || isString(heroImageId)) || !Array.isArray(tagIds) || !tagIds.every(isString)) return null;
  return {
    format: 1,
    articleId: copy.articleId,
    baseVersion: copy.baseVersion,
    writtenAt: copy.writtenAt,
    content: { title, excerpt, body: sanitizeDocument(body), slug, slugAuto, categoryId, heroImageId, tagIds: [...tagIds] },
  };
}

export function serializeLocalCopy(copy: LocalCopy): string {
  return JSON.stringify(copy);
}

/** The title and chapô as the server stores them (spaces collapsed, trimmed). */
const line = (value: string) => value.replace(/\s+/g, " ").trim();
const paragraph = (value: string) => value.replace(/\r\n?/g, "\n").replace(/[ \t]+/g, " ").trim();

/**
 * Whether two contents say the same thing once saved: what the server would store of each is
 * compared (the body through the allow-list, tags as a set). An address that follows the title is
 * not compared: it is made from the title, which is.
 */
export function sameContent(a: EditorFields, b: EditorFields): boolean {
  if (line(a.title) !== line(b.title) || paragraph(a.excerpt) !== paragraph(b.excerpt)) return false;
  if (a.categoryId !== b.categoryId || a.heroImageId !== b.heroImageId) return false;
  const tags = (ids: string[]) => [...new Set(ids)].sort().join(",");
  if (tags(a.tagIds) !== tags(b.tagIds)) return false;
  if ((!a.slugAuto || !b.slugAuto) && a.slug.trim() !== b.slug.trim()) return false;
  return JSON.stringify(sanitizeDocument(a.body)) === JSON.stringify(sanitizeDocument(b.body));
}

/** Offer the local copy back: there is one, for this article, and it says something the server does not have. */
export function shouldOfferLocalCopy(local: LocalCopy | null, articleId: string | null, server: EditorFields): boolean {
  return local !== null && local.articleId === articleId && !sameContent(local.content, server);
}

/**
 * Whether an article's address still follows its title (`slugAuto`), which is not stored: true
 * until it has been public, while the address is the one made from the title (maybe with the
 * number or the random end a taken address gets), or a new draft's placeholder.
 */
export function followsTitle(slug: string, title: string, hasBeenPublic: boolean): boolean {
  if (hasBeenPublic) return false;
  if (/^brouillon-[0-9a-f]{8}(-[0-9a-f]{4})*$/.test(slug)) return true;
  const base = slugify(title);
  if (base === "") return true;
  return slug === base || new RegExp(`^${base.replace(/-+$/, "")}(-\\d{1,2}|(-[0-9a-f]{4})+)$`).test(slug);
}

/** Reads, writes and removes the copy; a full or forbidden storage (private browsing) only costs the copy. */
export const localCopyStore = {
  read(storage: Storage | null, articleId: string | null): LocalCopy | null {
    try {
      return parseLocalCopy(storage?.getItem(localCopyKey(articleId)) ?? null);
    } catch {
      return null;
    }
  },
  write(storage: Storage | null, copy: LocalCopy): boolean {
    try {
      storage?.setItem(localCopyKey(copy.articleId), serializeLocalCopy(copy));
      return storage !== null;
    } catch {
      return false;
    }
  },
  remove(storage: Storage | null, articleId: string | null): void {
    try {
      storage?.removeItem(localCopyKey(articleId));
    } catch {
      // nothing to do: the copy stays until the next write replaces it
    }
  },
};
