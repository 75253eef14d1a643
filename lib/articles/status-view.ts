import { STATUS_BADGES, STATUS_LABELS, type ArticleStatus } from "./status";

/**
 * What the back office's lists say of an article's state. Pure: server pages and client
 * components share it.
 */
export type StatusView = { label: string; badge: string };

export function articleStatusView(article: { status: ArticleStatus; isPublic: boolean }): StatusView {
  // A scheduled article whose minute has come is on the site: staff must read what readers see.
  const status = article.status === "SCHEDULED" && article.isPublic ? "PUBLISHED" : article.status;
  return { label: STATUS_LABELS[status], badge: STATUS_BADGES[status] };
}

/** The DSFR classes of a small status badge; the words are the badge's text, the colour repeats them. */
export function statusBadgeClass(view: StatusView): string {
  return ["fr-badge", "fr-badge--sm", view.badge].filter(Boolean).join(" ");
}

/** Changes waiting in a working copy, which the public version does not show yet. */
export function pendingChangesText(article: { hasChanges: boolean; changesSubmitted: boolean }): string | null {
  if (!article.hasChanges) return null;
  return article.changesSubmitted ? "Modifications en attente, soumises à la relecture" : "Modifications en attente";
}

/** An empty title (a draft just created) still needs words to be a link. */
export function displayTitle(title: string): string {
  return title.trim() === "" ? "(sans titre)" : title;
}
