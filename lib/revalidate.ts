import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { noteDropped } from "./cache-guard";
import { tags } from "./cache-tags";

/**
 * A page whose render began before a write and ended after its tags were dropped is stored by
 * Next.js as fresh, with what it read before. So the tags are dropped again once every request in
 * flight at the first drop has ended (scripts/next-server-preload.cjs tracks them; at most
 * SETTLE_CAP_MS), and once more LAST_DROP_MS later for renders no request waits for (a background
 * refresh of an expired page).
 */
const SETTLE_CAP_MS = 10_000;
export const LAST_DROP_MS = 2_000;
const FALLBACK_SETTLE_MS = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function requestsInFlightEnded(): Promise<unknown> {
  const wait = (globalThis as { __kiosqueRequestsInFlight?: () => Promise<unknown> }).__kiosqueRequestsInFlight;
  // The cap's timer must not hold a stopping server.
  const cap = new Promise((resolve) => setTimeout(resolve, SETTLE_CAP_MS).unref());
  // Without the preload (next dev), a render of a warm server is done by then.
  return Promise.race([wait ? wait() : sleep(FALLBACK_SETTLE_MS), cap]);
}

function dropNow(unique: string[]): void {
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  noteDropped(unique);
}

/**
 * The invalidation every back-office write calls, one function per kind of change, each naming the
 * tags it touches. Pages, listings, feeds, sitemaps and JSON-LD all read through these tags, so
 * the very next request sees the change. `expire: 0` drops the entries instead of serving one
 * stale response first.
 */
function drop(list: Iterable<string>): string[] {
  const unique = [...new Set(list)];
  dropNow(unique);
  // after() runs once the response is sent, when Next.js has applied the drop above.
  after(async () => {
    await requestsInFlightEnded();
    dropNow(unique);
    await sleep(LAST_DROP_MS);
    dropNow(unique);
  });
  return unique;
}

export type ArticleChange = {
  /** the article's slug now */
  slug: string;
  /** slugs it had before this write (a rename), whose cached pages must answer the redirect now */
  previousSlugs?: string[];
  /** categories before and after the write */
  categorySlugs?: string[];
  /** tags before and after the write */
  tagSlugs?: string[];
};

/** An article written (publish, update, unpublish, schedule, rename, delete). */
export function revalidateArticleChange(change: ArticleChange): string[] {
  return drop([
    tags.articles,
    tags.article(change.slug),
    ...(change.previousSlugs ?? []).map(tags.article),
    ...(change.categorySlugs ?? []).map(tags.category),
    ...(change.tagSlugs ?? []).map(tags.tag),
  ]);
}

/** The school's settings: its name is on every page (header, footer, titles), feeds and JSON-LD. */
export function revalidateSettings(): string[] {
  return drop([tags.settings]);
}

/** A site of the school: "Nous contacter", the block beside articles, the organisation's JSON-LD. */
export function revalidateSites(): string[] {
  return drop([tags.sites]);
}

/**
 * A category created, renamed, moved, re-described or deleted: its name is on every article of it,
 * listings, filters, feeds and sitemaps (all read under `articles`), and its own pages and feeds
 * under every slug it had (a former slug must answer its redirect at once).
 */
export function revalidateCategoryChange(slugs: string[]): string[] {
  return drop([tags.articles, ...slugs.map(tags.category)]);
}

/** A tag created, renamed, merged or deleted, under every slug concerned (a merge: both tags'). */
export function revalidateTagChange(slugs: string[]): string[] {
  return drop([tags.articles, ...slugs.map(tags.tag)]);
}

/** A person renamed: the name is on their articles (byline, JSON-LD author) and in the feeds. */
export function revalidateAuthorChange(): string[] {
  return drop([tags.articles]);
}

/**
 * A medium edited or deleted: the cached answer to "may anyone see this file, and where is its
 * focal point" (`media`), and — when it is the hero image of articles, whose pages, cards and
 * JSON-LD show its alternative text, caption and credit from the library — those articles.
 */
export function revalidateMediaChange(heroArticleSlugs: string[] = []): string[] {
  return drop([tags.media, ...(heroArticleSlugs.length > 0 ? [tags.articles, ...heroArticleSlugs.map(tags.article)] : [])]);
}
