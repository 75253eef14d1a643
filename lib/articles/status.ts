/**
 * The life of an article, in words staff read, shared by the back office's lists, badges and
 * buttons. Pure data: client components import it too.
 *
 * draft → in review → scheduled or published → back to draft (unpublished) or archived; any of
 * them → the trash (restorable) → gone for good when an admin empties it.
 */
export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Brouillon",
  IN_REVIEW: "En relecture",
  SCHEDULED: "Programmé",
  PUBLISHED: "Publié",
  ARCHIVED: "Archivé",
};

/** DSFR badge variants: the words carry the meaning, the colour only repeats it. */
export const STATUS_BADGES: Record<ArticleStatus, string> = {
  DRAFT: "fr-badge--new",
  IN_REVIEW: "fr-badge--warning",
  SCHEDULED: "fr-badge--info",
  PUBLISHED: "fr-badge--success",
  ARCHIVED: "",
};

/**
 * An approved article (published, or scheduled by an editor) is edited through a working copy:
 * what readers see, or will see at the scheduled minute, changes only when an editor applies the
 * changes ("Mettre à jour"). Others are edited in place.
 */
export function isApproved(status: ArticleStatus): boolean {
  return status === "PUBLISHED" || status === "SCHEDULED";
}

/** Public now: published, or scheduled and due, and not in the trash (lib/public/visibility.ts says the same in SQL). */
export function isPublicNow(article: { status: ArticleStatus; publishedAt: Date | null; deletedAt: Date | null }, now: Date = new Date()): boolean {
  return isApproved(article.status) && article.publishedAt !== null && article.publishedAt <= now && article.deletedAt === null;
}
