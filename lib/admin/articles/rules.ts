import "server-only";
import { requirePermission } from "../../auth/authorize";
import { can } from "../../auth/permissions";
import type { Actor } from "../../auth/session";
import { toPlainText } from "../../rich-text/plain-text";
import { RuleError } from "../errors";
import type { ArticleContent, LockedArticle } from "./content";

/**
 * Who may change an article's content: its author (authors: their own, never an archived one) or
 * an editor, and nobody while it is in the trash. Approved articles are edited through their
 * working copy whoever edits them (lib/articles/status.ts).
 */
export function assertCanEdit(actor: Actor | null, article: LockedArticle): asserts actor is Actor {
  requirePermission(actor, "article.update", { ownerId: article.authorId });
  if (article.deletedAt) throw new RuleError("Cet article est dans la corbeille : restaurez-le pour le modifier.");
  if (article.status === "ARCHIVED" && !can(actor, "article.publish")) {
    throw new RuleError("Cet article est archivé : seul un éditeur peut le reprendre.");
  }
}

/** Changing the address of an article readers may know is an editor's decision (the old one redirects). */
export function mayChangePublicSlug(actor: Actor): boolean {
  return can(actor, "article.publish");
}

/** What an article needs before it is submitted, scheduled or published, in French. */
export function publicationProblems(content: ArticleContent): string[] {
  const problems: string[] = [];
  if (content.title.trim() === "") problems.push("Le titre est vide.");
  if (content.excerpt.trim() === "") problems.push("Le chapô est vide.");
  if (toPlainText(content.body).trim() === "" && !content.body.content.some((block) => block.type === "image")) {
    problems.push("Le corps de l’article est vide.");
  }
  return problems;
}

export function assertPublishable(content: ArticleContent): void {
  const problems = publicationProblems(content);
  if (problems.length > 0) throw new RuleError(`L’article n’est pas prêt : ${problems.join(" ")}`);
}
