import { mediaUrl } from "../storage";
import type { Prisma } from "../generated/prisma/client";
import type { ArticleSummary, PublicImage } from "./article-types";

export const summarySelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  category: { select: { slug: true, name: true, description: true } },
  heroImage: { select: { storageKey: true, alt: true, width: true, height: true, caption: true, credit: true } },
} satisfies Prisma.ArticleSelect;

type MediaRow = { storageKey: string; alt: string; width: number; height: number; caption: string; credit: string };

export function toPublicImage(media: MediaRow | null): PublicImage | null {
  if (!media) return null;
  return {
    storageKey: media.storageKey,
    url: mediaUrl(media.storageKey),
    alt: media.alt,
    width: media.width,
    height: media.height,
    caption: media.caption,
    credit: media.credit,
  };
}

export function toSummary(row: Prisma.ArticleGetPayload<{ select: typeof summarySelect }>): ArticleSummary {
  return {
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    // Public rows always have a date: publicArticleWhere requires publishedAt <= now.
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    category: row.category,
    heroImage: toPublicImage(row.heroImage),
  };
}
