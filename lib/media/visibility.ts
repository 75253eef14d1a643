import "server-only";
import { unstable_cache } from "next/cache";
import { readAfterWrites } from "../cache-guard";
import { PAGE_TTL_SECONDS, tags } from "../cache-tags";
import { prisma } from "../db";
import { publicArticleWhere } from "../public/visibility";

/** What serving a stored file needs to know, whoever asks. */
export type MediaFacts = {
  id: string;
  focalX: number;
  focalY: number;
  /**
   * From when an anonymous reader may get the file: the earliest publication time among the public
   * (or scheduled) articles whose public version shows it; null when none does.
   */
  publicSince: string | null;
};

// "Public at some time": the one definition of public with its clock set to the end of time. The
// publication time is compared with the clock of each request instead, so that the cached answer
// stays right when a scheduled article becomes due, without any write.
const END_OF_TIME = new Date("9999-12-31T23:59:59.999Z");

async function loadFacts(storageKey: string): Promise<MediaFacts | null> {
  const media = await prisma.media.findUnique({ where: { storageKey }, select: { id: true, focalX: true, focalY: true } });
  if (!media) return null;
  const earliest = await prisma.article.aggregate({
    where: {
      ...publicArticleWhere(END_OF_TIME),
      // Its public version (not a working copy) shows the medium; the hero column counts too, for
      // rows written before the article layer recorded ArticleMedia.
      OR: [{ media: { some: { mediaId: media.id, inWorkingCopy: false } } }, { heroImageId: media.id }],
    },
    _min: { publishedAt: true },
  });
  return { ...media, publicSince: earliest._min.publishedAt?.toISOString() ?? null };
}

/**
 * Cached under `articles` (every article write drops it: a publication, an unpublication, a
 * deletion, a working copy applied) and `media` (a focal point moved, a medium deleted). A public
 * file then costs no query.
 */
const cachedFacts = unstable_cache(readAfterWrites(loadFacts, [tags.articles, tags.media]), ["media-facts"], { tags: [tags.articles, tags.media], revalidate: PAGE_TTL_SECONDS });

export function mediaFacts(storageKey: string): Promise<MediaFacts | null> {
  return cachedFacts(storageKey);
}

/** Whether an anonymous reader may get the file now. */
export function isPublicMedia(facts: MediaFacts | null, now: Date = new Date()): boolean {
  return facts?.publicSince != null && Date.parse(facts.publicSince) <= now.getTime();
}
