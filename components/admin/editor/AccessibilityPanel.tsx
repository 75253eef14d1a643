"use client";

import type { AccessibilityProblem } from "@/lib/articles/accessibility";
import styles from "./editor.module.css";

type Props = {
  problems: AccessibilityProblem[];
  onGo: (problem: AccessibilityProblem) => void;
  headingLevel?: 2 | 3;
};

/** "3 problèmes d’accessibilité", in words people read aloud. */
export function problemsCount(count: number): string {
  return count === 1 ? "1 problème d’accessibilité" : `${count} problèmes d’accessibilité`;
}

/** The problems of the content, each with a button that takes the cursor to its place. */
export function ProblemList({ problems, onGo }: Omit<Props, "headingLevel">) {
  return (
    <ol className={styles.problems}>
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${problem.block}-${index}`}>
          {problem.message}{" "}
          <button type="button" className="fr-link fr-link--sm" onClick={() => onGo(problem)}>
            {problem.block === null ? "Aller à l’image principale" : "Aller au passage"}
            <span className="fr-sr-only"> (problème {index + 1})</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/**
 * "Accessibilité du contenu": what the checker finds in the text as it is written (RGAA applies to
 * what staff write), refreshed a moment after typing stops.
 */
export function AccessibilityPanel({ problems, onGo, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={styles.panel} aria-labelledby="accessibilite-contenu">
      <Heading className="fr-h6 fr-mb-1w" id="accessibilite-contenu">
        Accessibilité du contenu
      </Heading>
      {problems.length === 0 ? (
        <p className="fr-text--sm fr-mb-0">Aucun problème détecté : intertitres, liens, images et capitales sont en ordre.</p>
      ) : (
        <>
          <p className="fr-text--sm fr-mb-0">{problemsCount(problems.length)} à corriger avant la publication :</p>
          <ProblemList problems={problems} onGo={onGo} />
        </>
      )}
    </section>
  );
}
