import { CONTENT_TYPES, xmlNotFound, xmlResponse } from "../xml/response";
import { buildFeed, type FeedFormat } from "./documents";
import { slugSchema } from "../slug";
import type { FeedScopeRef } from "./scope";

/** The HTTP answer of a feed URL: the feed, or 404 for an unknown scope. */
export async function feedResponse(ref: FeedScopeRef, format: FeedFormat): Promise<Response> {
  const xml = await buildFeed(ref, format);
  if (xml === null) return xmlNotFound("Flux introuvable");
  return xmlResponse(xml, format === "rss" ? CONTENT_TYPES.rss : CONTENT_TYPES.atom);
}

type SlugContext = { params: Promise<{ slug: string }> };

/**
 * Route handler of a category or tag feed. A malformed slug is answered 404 without a query and
 * without a cache entry, so random URLs cost nothing.
 */
export function scopedFeedRoute(kind: "category" | "tag", format: FeedFormat) {
  return async function GET(_request: Request, { params }: SlugContext): Promise<Response> {
    const slug = slugSchema.safeParse((await params).slug);
    if (!slug.success) return xmlNotFound("Flux introuvable");
    return feedResponse({ kind, slug: slug.data }, format);
  };
}
