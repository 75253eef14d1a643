"use client";

import { useId, useState, type KeyboardEvent } from "react";
import styles from "./editor.module.css";

type Tag = { id: string; name: string };

type Props = {
  tags: Tag[];
  value: string[];
  onChange: (ids: string[]) => void;
  readOnly: boolean;
  max: number;
};

/** Case, accents and ligatures aside: "securite" finds "Sécurité", "oeuvre" finds "Œuvre". */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}+/gu, "");
}

const SHOWN = 30;

/**
 * "Mots-clés": several existing tags, found by typing (WAI-ARIA combobox with a multi-select
 * listbox). Enter or a click adds or removes the active one; the chosen ones are listed above, each
 * with its button to remove it.
 */
export function TagPicker({ tags, value, onChange, readOnly, max }: Props) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const inputId = "champ-mots-cles";
  const listId = `${id}-options`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = value.map((tagId) => tags.find((tag) => tag.id === tagId)).filter((tag): tag is Tag => tag !== undefined);
  const folded = foldForSearch(query.trim());
  const matches = tags.filter((tag) => folded === "" || foldForSearch(tag.name).includes(folded));
  const options = matches.slice(0, SHOWN);
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const full = value.length >= max;

  const toggle = (tag: Tag) => {
    if (value.includes(tag.id)) onChange(value.filter((tagId) => tagId !== tag.id));
    else if (!full) onChange([...value, tag.id]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(1, options.length));
    } else if (event.key === "Enter") {
      // Enter chooses here; it never submits anything around.
      event.preventDefault();
      const tag = options[activeIndex];
      if (open && tag) toggle(tag);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else setQuery("");
    }
  };

  const status =
    tags.length === 0
      ? "Aucun mot-clé n’existe encore : un éditeur peut en créer dans la page « Mots-clés »."
      : !open
        ? ""
        : matches.length === 0
          ? "Aucun mot-clé ne correspond."
          : `${matches.length} mot${matches.length > 1 ? "s-clés" : "-clé"} proposé${matches.length > 1 ? "s" : ""}${matches.length > SHOWN ? `, les ${SHOWN} premiers affichés : précisez la recherche` : ""}.`;

  return (
    <div className="fr-input-group">
      {readOnly ? (
        <p className="fr-label">Mots-clés</p>
      ) : (
        <label className="fr-label" htmlFor={inputId}>
          Mots-clés
        </label>
      )}
      <p className="fr-hint-text fr-mb-1w" id={`${id}-aide`}>
        Tapez pour chercher parmi les mots-clés existants, flèches pour parcourir, Entrée pour ajouter ou retirer ({max} au plus).
      </p>
      {chosen.length > 0 ? (
        <ul className={styles.chosen} aria-label="Mots-clés choisis">
          {chosen.map((tag) => (
            <li key={tag.id}>
              {readOnly ? (
                <span className="fr-tag fr-tag--sm">{tag.name}</span>
              ) : (
                <button type="button" className="fr-tag fr-tag--sm fr-tag--dismiss" aria-label={`Retirer le mot-clé ${tag.name}`} onClick={() => toggle(tag)}>
                  {tag.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="fr-text--sm fr-mb-1w">Aucun mot-clé choisi.</p>
      )}
      {!readOnly && (
        <div className={styles.combo}>
          <input
            className="fr-input"
            id={inputId}
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-describedby={`${id}-aide ${id}-etat`}
            aria-activedescendant={open && options[activeIndex] ? `${listId}-${options[activeIndex].id}` : undefined}
            autoComplete="off"
            value={query}
            maxLength={100}
            onChange={(event) => {
              setQuery(event.currentTarget.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          <ul className={styles.options} id={listId} role="listbox" aria-label="Mots-clés proposés" aria-multiselectable="true" hidden={!open || options.length === 0}>
            {options.map((tag, index) => (
              <li
                key={tag.id}
                id={`${listId}-${tag.id}`}
                role="option"
                aria-selected={value.includes(tag.id)}
                aria-disabled={full && !value.includes(tag.id) ? true : undefined}
                className={`${styles.option}${index === activeIndex ? ` ${styles.optionActive}` : ""}`}
                // Keep the focus in the field: the list belongs to it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setActive(index);
                  toggle(tag);
                }}
              >
                {tag.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="fr-hint-text fr-mt-1v" id={`${id}-etat`} role="status" aria-live="polite">
        {full && !readOnly ? `${max} mots-clés au plus : retirez-en un pour en ajouter un autre. ` : ""}
        {status}
      </p>
    </div>
  );
}
