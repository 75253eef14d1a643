"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Copies the page's address. Rendered only once JavaScript runs, since it cannot work without it;
 * the mailto link beside it covers that case. The result is announced to screen readers.
 */
export function CopyLinkButton({ url }: { url: string }) {
  // false on the server and during hydration, then whether the browser offers the clipboard API.
  const canCopy = useSyncExternalStore(noSubscription, () => Boolean(navigator.clipboard), () => false);
  const [status, setStatus] = useState("");
  if (!canCopy) return null;

  return (
    <>
      <button
        type="button"
        className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-links-line fr-btn--icon-left"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setStatus("Lien copié dans le presse-papiers.");
          } catch {
            setStatus("Impossible de copier le lien : sélectionnez l'adresse de la page pour la copier.");
          }
        }}
      >
        Copier le lien
      </button>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
