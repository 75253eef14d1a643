"use client";

import { useState } from "react";
import { paths } from "@/lib/paths";
import { SLUG_MAX_LENGTH, slugify } from "@/lib/slug";

type Props = {
  title: string;
  slug: string;
  slugAuto: boolean;
  /** the address the last save gave (a taken one gets "-2") */
  savedSlug: string;
  hasBeenPublic: boolean;
  /** the public page's current address */
  publicSlug: string;
  /** editors may change the address of an article readers may know (the old one then redirects) */
  mayChangePublic: boolean;
  readOnly: boolean;
  error: string | null;
  onChange: (change: { slug: string; slugAuto: boolean }) => void;
};

const FIELD_ID = "champ-adresse";

/**
 * "Adresse": made from the title until the first publication, editable by hand (then it stops
 * following the title). Once the article has been public it is shown read-only; an editor may
 * still change it, warned that the old address will redirect to the new one.
 */
export function SlugField({ title, slug, slugAuto, savedSlug, hasBeenPublic, publicSlug, mayChangePublic, readOnly, error, onChange }: Props) {
  const [unlocked, setUnlocked] = useState(false);
  const fromTitle = slugify(title);
  // Following the title: what the title gives, or the numbered one the server chose for it.
  const shown = slugAuto ? (savedSlug === fromTitle || savedSlug.startsWith(`${fromTitle}-`) || fromTitle === "" ? savedSlug : fromTitle) : slug;
  const locked = readOnly || (hasBeenPublic && !unlocked);
  const hintId = `${FIELD_ID}-aide`;
  const errorId = `${FIELD_ID}-erreur`;

  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={FIELD_ID}>
        Adresse
      </label>
      <p className="fr-hint-text fr-mb-1w" id={hintId}>
          {hasBeenPublic
            ? unlocked
              ? "Attention : l’ancienne adresse redirigera vers la nouvelle (redirection permanente), les liens déjà partagés continueront de fonctionner. Le changement s’applique à la publication des modifications."
              : `Adresse publique : ${paths.article(publicSlug)}. Elle ne change plus d’elle-même depuis la publication.`
            : slugAuto
              ? "Tirée du titre jusqu’à la première publication. Vous pouvez l’écrire vous-même : lettres minuscules sans accent, chiffres et tirets."
              : "Écrite à la main : lettres minuscules sans accent, chiffres et tirets."}
      </p>
      <input
        className={`fr-input${error ? " fr-input--error" : ""}`}
        id={FIELD_ID}
        value={shown}
        readOnly={locked}
        maxLength={SLUG_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange({ slug: event.currentTarget.value, slugAuto: false })}
      />
      {error && (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      )}
      {!readOnly && !hasBeenPublic && !slugAuto && (
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-1w" onClick={() => onChange({ slug: "", slugAuto: true })}>
          Reprendre l’adresse tirée du titre
        </button>
      )}
      {!readOnly && hasBeenPublic && mayChangePublic && (
        <button
          type="button"
          className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-1w"
          onClick={() => {
            if (unlocked) onChange({ slug: publicSlug, slugAuto: true });
            setUnlocked(!unlocked);
          }}
        >
          {unlocked ? "Garder l’adresse actuelle" : "Modifier l’adresse"}
        </button>
      )}
    </div>
  );
}
