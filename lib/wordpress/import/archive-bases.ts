/** The first part of a category's and a tag's archive address: WordPress's defaults, or the site's own. */
export type ArchiveBases = { category: string; tag: string };

export const DEFAULT_ARCHIVE_BASES: ArchiveBases = { category: "category", tag: "tag" };

/** A base as WordPress's permalink settings take it ("rubrique", "blog/theme"): no slash around it. */
export const ARCHIVE_BASE = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)*$/;
