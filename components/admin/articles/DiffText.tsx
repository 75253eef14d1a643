import { Fragment } from "react";
import type { DiffPart } from "@/lib/articles/revision-diff";

/**
 * A change never told by colour alone: insertions are underlined `<ins>`, deletions struck
 * `<del>`, and each says what it is in words screen readers read (most do not announce the
 * elements themselves), where it starts and where it ends.
 */
export function Added({ children }: { children: string }) {
  return (
    <ins className="kiosque-diff__added">
      <span className="fr-sr-only">ajouté : </span>
      {children}
      <span className="fr-sr-only"> (fin de l’ajout)</span>
    </ins>
  );
}

export function Removed({ children }: { children: string }) {
  return (
    <del className="kiosque-diff__removed">
      <span className="fr-sr-only">supprimé : </span>
      {children}
      <span className="fr-sr-only"> (fin de la suppression)</span>
    </del>
  );
}

/** A text compared word by word; its paragraph breaks kept. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="kiosque-diff">
      {parts.map((part, index) =>
        part.kind === "added" ? <Added key={index}>{part.text}</Added> : part.kind === "removed" ? <Removed key={index}>{part.text}</Removed> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </div>
  );
}
