import { unstable_cache } from "next/cache";
import { prisma } from "../db";
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
const cachedUpcoming = unstable_cache(() => upcomingPublications(new Date(), UPCOMING_KEPT), ["upcoming-publications"], {
  tags: [tags.articles],
  revalidate: PAGE_TTL_SECONDS,
});

/**
 * How long public data may stay cached: at most PAGE_TTL_SECONDS, and never past the moment the
 * next scheduled article becomes due, so that it appears on time without any write.
 */
export async function publicTtlSeconds(now: Date = new Date()): Promise<number> {
  const upcoming = await cachedUpcoming();
  let next = upcoming.find((iso) => Date.parse(iso) > now.getTime());
  // Every remembered time has passed and there may be more: ask the database (once per batch).
  if (!next && upcoming.length === UPCOMING_KEPT) [next] = await upcomingPublications(now, 1);
  if (!next) return PAGE_TTL_SECONDS;
  const seconds = Math.ceil((Date.parse(next) - now.getTime()) / 1000);
  return Math.min(PAGE_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, seconds));
}
