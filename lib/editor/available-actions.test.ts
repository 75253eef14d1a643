import { describe, expect, it } from "vitest";
import type { ArticleStatus } from "../articles/status";
import type { PermissionSubject } from "../auth/permissions";
import { ACTION_LABELS, availableActions, canEditArticle, type ArticleSituation } from "./available-actions";

const author: PermissionSubject = { id: "claire", role: "AUTHOR" };
const otherAuthor: PermissionSubject = { id: "paul", role: "AUTHOR" };
const editor: PermissionSubject = { id: "emile", role: "EDITOR" };
const admin: PermissionSubject = { id: "ada", role: "ADMIN" };
const pendingAdmin: PermissionSubject = { id: "ada", role: "ADMIN", mustEnrollTwoFactor: true };

function situation(status: ArticleStatus, extra: Partial<ArticleSituation> = {}): ArticleSituation {
  return {
    isNew: false,
    authorId: "claire",
    status,
    isPublic: status === "PUBLISHED",
    deleted: false,
    hasWorkingCopy: false,
    changesSubmitted: status === "IN_REVIEW",
    hasUnsavedChanges: false,
    ...extra,
  };
}

const labels = (actor: PermissionSubject, article: ArticleSituation) => availableActions(actor, article).map((action) => ACTION_LABELS[action]);

describe("the editor's buttons", () => {
  it("a new article: the author saves or submits it, an editor publishes or schedules it", () => {
    const fresh = situation("DRAFT", { isNew: true, authorId: null });
    expect(labels(author, fresh)).toEqual(["Enregistrer", "Aperçu", "Soumettre à la relecture"]);
    expect(labels(editor, fresh)).toEqual(["Enregistrer", "Aperçu", "Publier", "Programmer"]);
    expect(labels(admin, fresh)).toEqual(labels(editor, fresh));
  });

  it("a draft", () => {
    expect(labels(author, situation("DRAFT"))).toEqual(["Enregistrer", "Aperçu", "Soumettre à la relecture"]);
    expect(labels(editor, situation("DRAFT"))).toEqual(["Enregistrer", "Aperçu", "Publier", "Programmer", "Archiver", "Mettre à la corbeille"]);
  });

  it("another author's draft: nothing, not even the preview", () => {
    expect(labels(otherAuthor, situation("DRAFT"))).toEqual([]);
  });

  it("in review: the author may withdraw it, an editor publish it (or send it back)", () => {
    expect(labels(author, situation("IN_REVIEW"))).toEqual(["Enregistrer", "Aperçu", "Retirer de la relecture"]);
    expect(labels(editor, situation("IN_REVIEW"))).toEqual(["Enregistrer", "Aperçu", "Retirer de la relecture", "Publier", "Programmer", "Archiver", "Mettre à la corbeille"]);
  });

  it("published and unchanged: “Mettre à jour” waits for changes", () => {
    expect(labels(author, situation("PUBLISHED"))).toEqual(["Enregistrer", "Aperçu"]);
    expect(labels(editor, situation("PUBLISHED"))).toEqual(["Enregistrer", "Aperçu", "Dépublier", "Archiver", "Mettre à la corbeille"]);
  });

  it("published with changes (typed, or waiting in the working copy)", () => {
    expect(labels(author, situation("PUBLISHED", { hasUnsavedChanges: true }))).toEqual(["Enregistrer", "Aperçu", "Soumettre à la relecture"]);
    // The author may drop their own waiting changes: the public version stays.
    expect(labels(author, situation("PUBLISHED", { hasWorkingCopy: true }))).toEqual(["Enregistrer", "Aperçu", "Soumettre à la relecture", "Abandonner les modifications"]);
    expect(labels(author, situation("PUBLISHED", { hasWorkingCopy: true, changesSubmitted: true }))).toEqual([
      "Enregistrer",
      "Aperçu",
      "Retirer de la relecture",
      "Abandonner les modifications",
    ]);
    expect(labels(editor, situation("PUBLISHED", { hasWorkingCopy: true, changesSubmitted: true }))).toEqual([
      "Enregistrer",
      "Aperçu",
      "Retirer de la relecture",
      "Mettre à jour",
      "Abandonner les modifications",
      "Dépublier",
      "Archiver",
      "Mettre à la corbeille",
    ]);
    // Typed but not saved yet: nothing to abandon on the server.
    expect(labels(editor, situation("PUBLISHED", { hasUnsavedChanges: true }))).toContain("Mettre à jour");
    expect(labels(editor, situation("PUBLISHED", { hasUnsavedChanges: true }))).not.toContain("Abandonner les modifications");
  });

  it("scheduled and not due: published now or rescheduled, changes applied by “Mettre à jour”", () => {
    const scheduled = situation("SCHEDULED", { isPublic: false });
    expect(labels(editor, scheduled)).toEqual(["Enregistrer", "Aperçu", "Publier maintenant", "Programmer", "Dépublier", "Archiver", "Mettre à la corbeille"]);
    expect(labels(editor, { ...scheduled, hasWorkingCopy: true })).toContain("Mettre à jour");
    expect(labels(author, scheduled)).toEqual(["Enregistrer", "Aperçu"]);
  });

  it("scheduled and due (public now): like a published article", () => {
    expect(labels(editor, situation("SCHEDULED", { isPublic: true }))).toEqual(["Enregistrer", "Aperçu", "Dépublier", "Archiver", "Mettre à la corbeille"]);
  });

  it("archived: only editors take it up again", () => {
    expect(labels(author, situation("ARCHIVED"))).toEqual(["Aperçu"]);
    expect(canEditArticle(author, situation("ARCHIVED"))).toBe(false);
    expect(labels(editor, situation("ARCHIVED"))).toEqual(["Enregistrer", "Aperçu", "Publier", "Programmer", "Mettre à la corbeille"]);
  });

  it("in the trash: editors restore it, nobody edits it", () => {
    const trashed = situation("PUBLISHED", { deleted: true, isPublic: false });
    expect(labels(editor, trashed)).toEqual(["Aperçu", "Restaurer"]);
    expect(labels(author, trashed)).toEqual(["Aperçu"]);
    expect(canEditArticle(editor, trashed)).toBe(false);
  });

  it("an admin who must enrol in two-factor authentication first: nothing", () => {
    expect(labels(pendingAdmin, situation("DRAFT"))).toEqual([]);
  });
});
