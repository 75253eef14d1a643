import { prisma } from "../db";
import { PAGE_TTL_SECONDS } from "../cache-tags";

// Below this, a near-due article would make every page effectively uncacheable.
const MIN_TTL_SECONDS = 5;

/**
 * How long public data may stay cached: at most PAGE_TTL_SECONDS, and never past the moment the
 * next scheduled article becomes due, so that it appears on time without any write.
 * Deliberately not cached itself: a single indexed lookup, run only when a page is (re)rendered.
 */
export async function publicTtlSeconds(now: Date = new Date()): Promise<number> {
  const next = await prisma.article.findFirst({
    where: { status: "SCHEDULED", publishedAt: { gt: now } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  if (!next?.publishedAt) return PAGE_TTL_SECONDS;
  const seconds = Math.ceil((next.publishedAt.getTime() - now.getTime()) / 1000);
  return Math.min(PAGE_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, seconds));
}
