import type { AccessibilityProblem } from "../../articles/accessibility";
import { ConflictError, RuleError } from "../errors";
import type { ArticleContent } from "./content";

/**
 * A save based on an older version than the stored one: someone (or another tab) saved meanwhile.
 * It carries what is stored now, so that the editor can show both texts side by side and lose
 * nothing typed.
 */
export class VersionConflictError extends ConflictError {
  constructor(readonly current: { version: number; content: ArticleContent; updatedAt: Date | null }) {
    super("Cet article a été enregistré entre-temps, dans un autre onglet ou par quelqu’un d’autre : comparez les deux versions pour n’en perdre aucune.");
  }
}

/** Publication asked while the content has accessibility problems, and no reason given to go ahead. */
export class AccessibilityProblemsError extends RuleError {
  constructor(readonly problems: AccessibilityProblem[]) {
    super(
      `Le contenu présente ${problems.length === 1 ? "un problème" : `${problems.length} problèmes`} d’accessibilité : corrigez-les, ou indiquez pourquoi publier quand même.`,
    );
  }
}
