"use client";

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { listMediaAction } from "@/app/admin/(espace)/medias/actions";
import type { LibraryItem, PickerPage } from "@/lib/media/library";
import type { MediaChoice } from "@/lib/media/types";
import { paths } from "@/lib/paths";
import styles from "./media.module.css";
import { MediaUploader } from "./MediaUploader";

export type MediaPickerProps = {
  /** the field's visible label: "Image principale" */
  label: string;
  /** the chosen medium ("hero"); ignored by "body", which only inserts */
  value: MediaChoice | null;
  /** a medium chosen, or null when "Retirer l’image" is pressed */
  onChange: (choice: MediaChoice | null) => void;
  /** "hero": a field showing the chosen image; "body": a button that inserts one */
  mode: "hero" | "body";
};

/** What the editor keeps of a library item: the shared shape, nothing more. */
export function toChoice(item: LibraryItem): MediaChoice {
  return { id: item.id, src: item.src, alt: item.alt, decorative: item.decorative, caption: item.caption, credit: item.credit, width: item.width, height: item.height };
}

const cleanId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "");

/**
 * The article editor's image field ("hero") and image button ("body"): both open the same chooser,
 * a modal dialog listing the library with a search, that also takes an upload on the spot.
 */
export function MediaPicker({ label, value, onChange, mode }: MediaPickerProps) {
  const baseId = cleanId(useId());
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const title = mode === "hero" ? `${label} : choisir une image` : `${label} : insérer une image`;

  // Back to the button that opened the chooser once it is gone, however it closed (the dialog
  // pattern): while the modal dialog is there, the rest of the page is inert and cannot take focus.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const choose = (item: LibraryItem) => {
    onChange(toChoice(item));
    setOpen(false);
  };

  const dialog = open ? (
    <MediaChooser baseId={baseId} title={title} chooseLabel={mode === "hero" ? "Choisir" : "Insérer"} onChoose={choose} onClose={() => setOpen(false)} />
  ) : null;

  if (mode === "body") {
    return (
      <>
        <button ref={opener} type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-image-add-line fr-btn--icon-left" onClick={() => setOpen(true)} aria-haspopup="dialog">
          Insérer une image
        </button>
        {dialog}
      </>
    );
  }

  const descriptionId = `${baseId}-image`;
  return (
    <fieldset className="fr-fieldset" aria-describedby={descriptionId}>
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular">{label}</legend>
      <div className="fr-fieldset__element" id={descriptionId}>
        {value ? (
          <figure className="fr-m-0">
            {/* The stored original, which staff may see before publication; its text alternative is written out below. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img className={styles.heroPreview} src={value.src} alt="" width={value.width} height={value.height} />
            <figcaption className="fr-text--sm fr-mt-1w">
              {value.decorative ? (
                "Image décorative (sans texte alternatif)."
              ) : value.alt ? (
                <>Texte alternatif : « {value.alt} »</>
              ) : (
                <span className="fr-error-text fr-mt-0">
                  Cette image n’a pas de texte alternatif : <a href={paths.admin.mediaItem(value.id)}>complétez sa fiche</a>.
                </span>
              )}
              {(value.caption || value.credit) && (
                <span className="fr-hint-text">
                  {value.caption}
                  {value.caption && value.credit ? " " : ""}
                  {value.credit}
                </span>
              )}
            </figcaption>
          </figure>
        ) : (
          <p className="fr-text--sm fr-mb-0">Aucune image choisie.</p>
        )}
      </div>
      <div className="fr-fieldset__element">
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
          <li>
            <button ref={opener} type="button" className="fr-btn fr-btn--secondary fr-icon-image-line fr-btn--icon-left" onClick={() => setOpen(true)} aria-haspopup="dialog">
              Choisir une image
            </button>
          </li>
          {value && (
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left"
                onClick={() => {
                  onChange(null);
                  opener.current?.focus();
                }}
              >
                Retirer l’image
              </button>
            </li>
          )}
        </ul>
      </div>
      {dialog}
    </fieldset>
  );
}

type Listing = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: PickerPage };

function MediaChooser({
  baseId,
  title,
  chooseLabel,
  onChoose,
  onClose,
}: {
  baseId: string;
  title: string;
  chooseLabel: string;
  onChoose: (item: LibraryItem) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState({ q: "", page: 1 });
  const [listing, setListing] = useState<Listing>({ status: "loading" });
  const [uploadOpen, setUploadOpen] = useState(false);
  const [reloads, setReloads] = useState(0);
  const titleId = `${baseId}-titre`;

  // showModal(): the rest of the page becomes inert, focus stays inside, Escape closes.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === "function") {
      if (!element.open) element.showModal();
    } else {
      element.setAttribute("open", "");
    }
    search.current?.focus();
  }, []);

  useEffect(() => {
    let current = true;
    listMediaAction({ q: query.q, page: query.page })
      .then((answer) => {
        if (!current) return;
        setListing(answer.status === "success" ? { status: "ready", data: answer.data } : { status: "error", message: answer.message });
      })
      .catch(() => current && setListing({ status: "error", message: "La médiathèque n’a pas pu être chargée : vérifiez la connexion, puis réessayez." }));
    return () => {
      current = false;
    };
  }, [query, reloads]);

  // Every way of closing ends in onClose: the native close event where <dialog> is supported.
  const close = useCallback(() => {
    const element = dialog.current;
    if (element && typeof element.close === "function" && element.open) element.close();
    else onClose();
  }, [onClose]);

  const runSearch = useCallback(() => {
    setListing({ status: "loading" });
    setQuery({ q: typed.trim(), page: 1 });
  }, [typed]);

  const goTo = (page: number) => {
    setListing({ status: "loading" });
    setQuery((current) => ({ ...current, page }));
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches here; it must never reach the article's form around the editor.
    if (event.key === "Enter") {
      event.preventDefault();
      runSearch();
    }
  };

  const data = listing.status === "ready" ? listing.data : null;
  const summary =
    listing.status === "loading"
      ? "Chargement de la médiathèque…"
      : listing.status === "error"
        ? listing.message
        : data!.total === 0
          ? query.q
            ? `Aucune image ne correspond à « ${query.q} ».`
            : "La médiathèque est vide : téléversez une image ci-dessous."
          : `${data!.total} image${data!.total > 1 ? "s" : ""}${query.q ? ` pour « ${query.q} »` : ""}, page ${data!.page} sur ${data!.pageCount}.`;

  return createPortal(
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A portal still bubbles through React's tree: the editor around must not see these clicks.
        event.stopPropagation();
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === dialog.current) close();
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape") {
          event.preventDefault();
          close();
        }
      }}
    >
      <div className={styles.dialogHeader}>
        <h2 id={titleId} className="fr-h4 fr-mb-2w">
          {title}
        </h2>
        <button type="button" className="fr-btn--close fr-btn" title="Fermer la fenêtre" onClick={close}>
          Fermer
        </button>
      </div>
      <div className={styles.dialogBody}>
        <div className="fr-search-bar fr-mb-2w" role="search">
          <label className="fr-label" htmlFor={`${baseId}-recherche`}>
            Chercher une image (nom du fichier, texte alternatif, légende)
          </label>
          <input
            ref={search}
            className="fr-input"
            type="search"
            id={`${baseId}-recherche`}
            value={typed}
            maxLength={100}
            onChange={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={onSearchKey}
          />
          <button type="button" className="fr-btn" onClick={runSearch}>
            Chercher
          </button>
        </div>

        <p role="status" aria-live="polite" className={`fr-text--sm${listing.status === "error" ? " fr-error-text" : ""}`}>
          {summary}
        </p>

        {data && data.items.length > 0 && (
          <ul className={styles.grid} aria-label="Images de la médiathèque" aria-busy={listing.status !== "ready"}>
            {data.items.map((item) => (
              <li key={item.id} className={styles.gridItem}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a back-office thumbnail, possibly of an unpublished image */}
                <img className={styles.thumbnail} src={item.thumbnailUrl} alt="" loading="lazy" width={400} height={300} />
                <div className={styles.gridBody}>
                  <p className="fr-text--sm">{item.decorative ? <em>Image décorative</em> : item.alt || <em>Sans texte alternatif</em>}</p>
                  <p className="fr-text--xs fr-mb-1w">
                    {item.originalName} · {item.width} × {item.height}
                  </p>
                  <button
                    type="button"
                    className="fr-btn fr-btn--sm"
                    // The visible word first (WCAG 2.5.3), then which image: every button of the grid says the same word.
                    aria-label={`${chooseLabel} l’image « ${item.decorative ? item.originalName : item.alt || item.originalName} »`}
                    onClick={() => onChoose(item)}
                  >
                    {chooseLabel}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}

        {data && data.pageCount > 1 && (
          <nav className="fr-mt-2w" aria-label="Pages de la médiathèque">
            <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
              <li>
                <button type="button" className="fr-btn fr-btn--secondary fr-icon-arrow-left-s-line fr-btn--icon-left" disabled={data.page <= 1} onClick={() => goTo(data.page - 1)}>
                  Page précédente
                </button>
              </li>
              <li>
                <button type="button" className="fr-btn fr-btn--secondary fr-icon-arrow-right-s-line fr-btn--icon-right" disabled={data.page >= data.pageCount} onClick={() => goTo(data.page + 1)}>
                  Page suivante
                </button>
              </li>
            </ul>
          </nav>
        )}

        <section className="fr-mt-4w" aria-labelledby={`${baseId}-televerser`}>
          <h3 className="fr-h6 fr-mb-1w" id={`${baseId}-televerser`}>
            <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-icon-upload-line fr-btn--icon-left" aria-expanded={uploadOpen} aria-controls={`${baseId}-televersement`} onClick={() => setUploadOpen(!uploadOpen)}>
              Téléverser une nouvelle image
            </button>
          </h3>
          <div id={`${baseId}-televersement`} hidden={!uploadOpen}>
            {uploadOpen && (
              <MediaUploader
                label="Images à ajouter à la médiathèque"
                defaultCredit={data?.defaultCredit ?? ""}
                onBatchDone={() => {
                  setQuery((current) => ({ ...current, page: 1 }));
                  setReloads((count) => count + 1);
                }}
                renderStoredAction={(media) => (
                  <button type="button" className="fr-btn fr-btn--sm fr-ml-2w" onClick={() => onChoose(media)}>
                    {chooseLabel} cette image
                  </button>
                )}
              />
            )}
          </div>
        </section>
      </div>
    </dialog>,
    document.body,
  );
}
