"use client";

import { useState } from "react";

type Props = {
  codes: string[];
  /** where to go once they are saved; a full page load, so that the header shows what is now allowed */
  continueHref?: string;
  continueLabel?: string;
};

/** Recovery codes, shown once: to copy or print before leaving the page. */
export function RecoveryCodes({ codes, continueHref, continueLabel = "Continuer" }: Props) {
  const [copy, setCopy] = useState<"idle" | "done" | "failed">("idle");
  async function copyCodes() {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopy("done");
    } catch {
      setCopy("failed");
    }
  }
  return (
    <div className="fr-mt-2w">
      <p>
        <strong>Conservez ces {codes.length} codes de secours maintenant : ils ne seront plus jamais affichés.</strong> Si vous n’avez plus
        votre téléphone, chacun permet une seule connexion. Imprimez-les ou copiez-les dans un endroit sûr, en dehors de ce poste.
      </p>
      <ul className="fr-grid-row fr-grid-row--gutters kiosque-plain-list fr-mb-2w" aria-label="Codes de secours">
        {codes.map((code) => (
          <li key={code} className="fr-col-6 fr-col-md-4">
            <code className="fr-text--lg">{code}</code>
          </li>
        ))}
      </ul>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={copyCodes}>
            Copier les codes
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={() => window.print()}>
            Imprimer les codes
          </button>
        </li>
        {continueHref && (
          <li>
            <a className="fr-btn" href={continueHref}>
              {continueLabel}
            </a>
          </li>
        )}
      </ul>
      <p className="fr-text--sm fr-mb-0" aria-live="polite">
        {copy === "done" && "Codes copiés dans le presse-papiers."}
        {copy === "failed" && "La copie a échoué : sélectionnez les codes pour les copier à la main."}
      </p>
    </div>
  );
}
