"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { searchArticleTitlesAction } from "@/app/admin/(espace)/articles/editor-actions";
import { formatDateFr } from "@/lib/format/date";
import { isSafeHref } from "@/lib/rich-text/safe-url";
import styles from "./editor.module.css";

type Target = { title: string; href: string; publishedAt: string };

export type LinkRequest = {
  /** the link under the cursor, when there is one */
  currentHref: string | null;
  /** the selected text, which becomes the link; empty: a text to type */
  selectedText: string;
};

type Props = {
  request: LinkRequest;
  onApply: (href: string, text: string) => void;
  onRemove: () => void;
  onClose: () => void;
};

/**
 * What people type as an address: "www.example.fr" and "example.fr/page" mean https; anything
 * else must already be an address the allow-list accepts (http, https, mailto, tel, a site path).
 */
export function normalizeHref(typed: string): string | null {
  const value = typed.trim();
  if (value === "") return null;
  if (isSafeHref(value)) return value;
  if (/^[^\s/:@]+\.[a-z]{2,}(\/\S*)?$/i.test(value)) {
    const withScheme = `https://${value}`;
    return isSafeHref(withScheme) ? withScheme : null;
  }
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value)) return `mailto:${value}`;
  return null;
}

/**
 * The link form under the toolbar: another article of the site, found by its title (only public
 * ones), or a web address checked for a safe scheme. Escape closes it and gives the text back the
 * focus.
 */
export function LinkPanel({ request, onApply, onRemove, onClose }: Props) {
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<{ query: string; targets: Target[]; error?: string } | null>(null);
  const [address, setAddress] = useState(request.currentHref ?? "");
  const [text, setText] = useState(request.selectedText);
  const [addressError, setAddressError] = useState<string | null>(null);
  const needsText = request.selectedText.trim() === "" && request.currentHref === null;

  useEffect(() => {
    searchRef.current?.focus();
  }, []);

  // Titles are searched as one types, after a short pause; only the last answer counts.
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    let current = true;
    const timer = setTimeout(() => {
      searchArticleTitlesAction({ q })
        .then((result) => {
          if (!current) return;
          setAnswer(result.status === "success" ? { query: q, targets: result.data } : { query: q, targets: [], error: result.message });
        })
        .catch(() => current && setAnswer({ query: q, targets: [], error: "La recherche n’a pas pu joindre le serveur : vérifiez la connexion." }));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const apply = (href: string, fallbackText: string) => {
    const linkText = needsText ? text.trim() || fallbackText : "";
    onApply(href, linkText);
  };

  const applyAddress = () => {
    const href = normalizeHref(address);
    if (!href) {
      setAddressError("Adresse refusée : indiquez une adresse web complète (https://…), une adresse électronique (mailto:…) ou un numéro (tel:…).");
      return;
    }
    apply(href, href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  const shown = query.trim().length >= 2 && answer?.query === query.trim() ? answer : null;
  const summary =
    query.trim().length < 2
      ? ""
      : !shown
        ? "Recherche…"
        : shown.error
          ? shown.error
          : shown.targets.length === 0
            ? "Aucun article publié ne porte ces mots dans son titre."
            : `${shown.targets.length} article${shown.targets.length > 1 ? "s" : ""} publié${shown.targets.length > 1 ? "s" : ""} trouvé${shown.targets.length > 1 ? "s" : ""}.`;

  return (
    <section className={styles.linkPanel} aria-labelledby={`${id}-titre`} onKeyDown={onKeyDown}>
      <h2 id={`${id}-titre`} className="fr-h6 fr-mb-2w">
        {request.currentHref ? "Modifier le lien" : "Insérer un lien"}
      </h2>
      {needsText && (
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={`${id}-texte`}>
            Texte du lien
          </label>
          <p className="fr-hint-text fr-mb-1w" id={`${id}-texte-aide`}>
            Ce que le lecteur lira et sur quoi il cliquera : dites où il mène (« notre article sur la rentrée »), jamais « cliquez ici ».
          </p>
          <input className="fr-input" id={`${id}-texte`} aria-describedby={`${id}-texte-aide`} value={text} onChange={(event) => setText(event.currentTarget.value)} maxLength={300} />
        </div>
      )}
      <div className="fr-input-group">
        <label className="fr-label" htmlFor={`${id}-recherche`}>
          Lier à un article du site
        </label>
        <p className="fr-hint-text fr-mb-1w" id={`${id}-recherche-aide`}>
          Tapez des mots de son titre : seuls les articles publiés sont proposés.
        </p>
        <input
          ref={searchRef}
          className="fr-input"
          type="search"
          id={`${id}-recherche`}
          aria-describedby={`${id}-recherche-aide`}
          value={query}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
        />
      </div>
      <p className="fr-text--sm fr-mb-1w" role="status" aria-live="polite">
        {summary}
      </p>
      {shown && shown.targets.length > 0 && (
        <ul className={styles.results} aria-label="Articles trouvés">
          {shown.targets.map((target) => (
            <li key={target.href}>
              <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-mb-1w" onClick={() => apply(target.href, target.title)}>
                Lier à « {target.title} »<span className="fr-sr-only">, publié le {formatDateFr(target.publishedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={`fr-input-group${addressError ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={`${id}-adresse`}>
          Ou adresse du lien
        </label>
        <p className="fr-hint-text fr-mb-1w" id={`${id}-adresse-aide`}>
          Une page d’un autre site (https://…), une adresse électronique ou un numéro de téléphone.
        </p>
        <input
          className={`fr-input${addressError ? " fr-input--error" : ""}`}
          id={`${id}-adresse`}
          value={address}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={2048}
          aria-invalid={addressError ? true : undefined}
          aria-describedby={addressError ? `${id}-adresse-aide ${id}-adresse-erreur` : `${id}-adresse-aide`}
          onChange={(event) => {
            setAddress(event.currentTarget.value);
            setAddressError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              applyAddress();
            }
          }}
        />
        {addressError && (
          <p className="fr-error-text" id={`${id}-adresse-erreur`}>
            {addressError}
          </p>
        )}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li>
          <button type="button" className="fr-btn" onClick={applyAddress}>
            Appliquer l’adresse
          </button>
        </li>
        {request.currentHref && (
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={onRemove}>
              Retirer le lien
            </button>
          </li>
        )}
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={onClose}>
            Fermer
          </button>
        </li>
      </ul>
    </section>
  );
}
