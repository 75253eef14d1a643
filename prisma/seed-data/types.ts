import type { Site, SiteSettings } from "../../lib/generated/prisma/client";
import type { RichTextDoc } from "../../lib/rich-text/types";

/** Shapes of the demo content. Dates are ISO 8601 strings with their offset, so the data reads like the site. */

export type SeedStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

/** The seeded users, by role: articles name their author with one of these keys. */
export type SeedUserKey = "admin" | "editor" | "author";

export type SeedSettings = Omit<SiteSettings, "id" | "updatedAt">;

export type SeedSite = Omit<Site, "id" | "createdAt" | "updatedAt">;

export type SeedCategory = { slug: string; name: string; description: string; position: number };

export type SeedTag = { slug: string; name: string };

export type SeedImage = {
  /** file name under prisma/seed-assets/ */
  file: string;
  /** key in the media storage, served at /medias/<storageKey> */
  storageKey: string;
  alt: string;
  caption: string;
  credit: string;
};

export type SeedArticle<CategorySlug extends string = string, TagSlug extends string = string, ImageName extends string = string> = {
  slug: string;
  title: string;
  /** the chapô, plain text */
  excerpt: string;
  body: RichTextDoc;
  status: SeedStatus;
  /** required for PUBLISHED, SCHEDULED and ARCHIVED articles, absent for drafts */
  publishedAt?: string;
  /** the visible "Mis à jour le" date */
  revisedAt?: string;
  /** when the article was first written; defaults to publishedAt */
  createdAt?: string;
  category: CategorySlug;
  tags: TagSlug[];
  author: SeedUserKey;
  heroImage?: ImageName;
  /** former slugs, answered with a permanent redirect */
  oldSlugs?: string[];
};
