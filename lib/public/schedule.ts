import { unstable_cache } from "next/cache";
import { prisma } from "../db";
import { readAfterWrites } from "../cache-guard";
import { PAGE_TTL_SECONDS, tags } from "../cache-tags";

// Below this, a near-due article would make every page effectively uncacheable.
const MIN_TTL_SECONDS = 5;
// How many upcoming publication times one cached read remembers.
const UPCOMING_KEPT = 50;

async function upcomingPublications(after: Date, take: number): Promise<string[]> {
  const rows = await prisma.article.findMany({
    where: { status: "SCHEDULED", publishedAt: { gt: after }, deletedAt: null },
    orderBy: { publishedAt: "asc" },
    take,
    select: { publishedAt: true },
  });
  return rows.flatMap((row) => (row.publishedAt ? [row.publishedAt.toISOString()] : []));
}

/**
 * The next scheduled publication times, cached under the `articles` tag: only an article write
 * can add one (and it invalidates that tag), while the passing of time only consumes them, which
 * the caller sees by comparing with its clock. So a cached page read costs no query for it.
 */
const cachedUpcoming = unstable_cache(readAfterWrites(() => upcomingPublications(new Date(), UPCOMING_KEPT), [tags.articles]), ["upcoming-publications"], {
  tags: [tags.articles],
  revalidate: PAGE_TTL_SECONDS,
});

/**
 * Told to the page cache in front of Next.js (scripts/page-cache.cjs), which keeps no page past
 * that moment: epoch milliseconds, or null when nothing is scheduled.
 */
function recordNextPublication(next: string | null): string | null {
  (globalThis as { __kiosqueNextPublicationAt?: number | null }).__kiosqueNextPublicationAt = next ? Date.parse(next) : null;
  return next;
}

/** The next scheduled publication still to come, as an ISO string, or null. */
async function nextPublication(now: Date): Promise<string | null> {
  const upcoming = await cachedUpcoming();
  const next = upcoming.find((iso) => Date.parse(iso) > now.getTime());
  if (next) return recordNextPublication(next);
  // Every remembered time has passed and there may be more: ask the database (once per batch).
  if (upcoming.length === UPCOMING_KEPT) return recordNextPublication((await upcomingPublications(now, 1))[0] ?? null);
  return recordNextPublication(null);
}

function ttlUntil(next: string | null, now: Date): number {
  if (!next) return PAGE_TTL_SECONDS;
  const seconds = Math.ceil((Date.parse(next) - now.getTime()) / 1000);
  return Math.min(PAGE_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, seconds));
}

/**
 * How long public data may stay cached: at most PAGE_TTL_SECONDS, and never past the moment the
 * next scheduled article becomes due, so that it appears on time without any write.
 */
export async function publicTtlSeconds(now: Date = new Date()): Promise<number> {
  return ttlUntil(await nextPublication(now), now);
}

/**
 * What a public cache entry is valid for: its TTL, and the scheduled time it was computed before
 * (its "window"). Next judges an entry's freshness by the revalidate given when it is read, not when
 * it was written: once a scheduled time has passed, the next TTL is long again and an entry written
 * a second before would be served for an hour. Putting the window in the key makes every public
 * read miss once when a scheduled time passes; the TTL still bounds ISR pages, which take the
 * smallest revalidate of the data they read.
 */
export async function publicCacheWindow(now: Date = new Date()): Promise<{ key: string; revalidate: number }> {
  const next = await nextPublication(now);
  return { key: `until:${next ?? "none"}`, revalidate: ttlUntil(next, now) };
}

/** unstable_cache for data that anonymous readers see: tagged, and renewed when a scheduled article becomes due. */
export async function publicCache<Args extends unknown[], Result>(
  load: (...args: Args) => Promise<Result>,
  keyParts: string[],
  cacheTags: string[],
): Promise<(...args: Args) => Promise<Result>> {
  const window = await publicCacheWindow();
  return unstable_cache(readAfterWrites(load, cacheTags), [...keyParts, window.key], { tags: cacheTags, revalidate: window.revalidate });
}
