import { isApproved, type ArticleStatus } from "../articles/status";
import { can, type PermissionSubject } from "../auth/permissions";

/**
 * The editor's buttons for a role and an article's state: what the permission table allows
 * (lib/auth/permissions.ts) and what the workflow can do from here (lib/admin/articles/workflow.ts).
 * The server checks all of it again; this only avoids offering what would be refused.
 */
export type EditorAction =
  | "save"
  | "preview"
  | "submit"
  | "withdraw"
  | "publish"
  | "update"
  | "publishNow"
  | "schedule"
  | "unpublish"
  | "archive"
  | "discard"
  | "trash"
  | "restore";

export const ACTION_LABELS: Record<EditorAction, string> = {
  save: "Enregistrer",
  preview: "Aperçu",
  submit: "Soumettre à la relecture",
  withdraw: "Retirer de la relecture",
  publish: "Publier",
  update: "Mettre à jour",
  publishNow: "Publier maintenant",
  schedule: "Programmer",
  unpublish: "Dépublier",
  archive: "Archiver",
  discard: "Abandonner les modifications",
  trash: "Mettre à la corbeille",
  restore: "Restaurer",
};

export type ArticleSituation = {
  /** not created yet: it will be at its first save */
  isNew: boolean;
  /** null for a new article: the actor writes it */
  authorId: string | null;
  status: ArticleStatus;
  isPublic: boolean;
  deleted: boolean;
  /** changes waiting in the working copy of an approved article, on the server */
  hasWorkingCopy: boolean;
  /** the article is in review, or its waiting changes were submitted */
  changesSubmitted: boolean;
  /** typed in this editor and not saved yet */
  hasUnsavedChanges: boolean;
};

/** Whether the actor may change this article's content now (lib/admin/articles/rules.ts, `assertCanEdit`). */
export function canEditArticle(actor: PermissionSubject, article: Pick<ArticleSituation, "authorId" | "status" | "deleted">): boolean {
  const owner = { ownerId: article.authorId ?? actor.id };
  if (!can(actor, "article.update", owner) || article.deleted) return false;
  return article.status !== "ARCHIVED" || can(actor, "article.publish");
}

export function availableActions(actor: PermissionSubject, article: ArticleSituation): EditorAction[] {
  const owner = { ownerId: article.authorId ?? actor.id };
  const actions: EditorAction[] = [];
  const add = (action: EditorAction, when: boolean) => {
    if (when) actions.push(action);
  };
  if (article.deleted) {
    add("preview", can(actor, "article.read", owner));
    add("restore", can(actor, "article.delete", owner));
    return actions;
  }
  const editable = canEditArticle(actor, article);
  const publisher = can(actor, "article.publish", owner);
  const approved = isApproved(article.status);
  const changes = article.hasWorkingCopy || article.hasUnsavedChanges;
  const existing = !article.isNew;

  add("save", editable);
  add("preview", can(actor, "article.read", owner));
  // Editors publish themselves: review is how an author asks one to.
  add(
    "submit",
    editable && !publisher && can(actor, "article.submit", owner) && (article.status === "DRAFT" || (approved && changes && !article.changesSubmitted)),
  );
  add("withdraw", existing && can(actor, "article.submit", owner) && (article.status === "IN_REVIEW" || (approved && article.changesSubmitted)));
  add("publish", editable && publisher && !approved);
  add("update", existing && editable && publisher && approved && changes);
  add("publishNow", existing && editable && publisher && article.status === "SCHEDULED" && !article.isPublic);
  add("schedule", editable && can(actor, "article.schedule", owner) && !article.isPublic);
  add("discard", existing && editable && approved && article.hasWorkingCopy);
  add("unpublish", existing && can(actor, "article.unpublish", owner) && approved);
  add("archive", existing && can(actor, "article.unpublish", owner) && article.status !== "ARCHIVED");
  add("trash", existing && can(actor, "article.delete", owner));
  return actions;
}
