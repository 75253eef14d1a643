import { revalidateTag } from "next/cache";
import { tags } from "./cache-tags";

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

/**
 * What every article write (publish, update, unpublish, schedule, rename, delete) calls: pages,
 * listings, sitemaps and feeds all read through these tags, so the very next request sees the
 * change. `expire: 0` drops the entries instead of serving one stale response first.
 */
export function revalidateArticleChange(change: ArticleChange): string[] {
  const invalidated = new Set<string>([
    tags.articles,
    tags.article(change.slug),
    ...(change.previousSlugs ?? []).map(tags.article),
    ...(change.categorySlugs ?? []).map(tags.category),
    ...(change.tagSlugs ?? []).map(tags.tag),
  ]);
  for (const tag of invalidated) revalidateTag(tag, { expire: 0 });
  return [...invalidated];
}
