"use client";

import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from "react";
import type { LibraryItem } from "@/lib/media/library";
import { ACCEPT_ATTRIBUTE, clientSideProblem, formatBytes, formatMegapixels, MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, PARALLEL_UPLOADS } from "@/lib/media/limits";
import { ALT_IS_FILE_NAME, ALT_MAX_LENGTH, ALT_REQUIRED, CAPTION_MAX_LENGTH, CREDIT_MAX_LENGTH, looksLikeFileName } from "@/lib/media/schema";
import styles from "./media.module.css";
import { uploadMedia } from "./upload-client";

type ItemState = "pending" | "uploading" | "created" | "duplicate" | "error";

type QueueItem = {
  key: number;
  file: File;
  previewUrl: string | null;
  alt: string;
  decorative: boolean;
  caption: string;
  credit: string;
  state: ItemState;
  progress: number;
  message: string | null;
  altError: string | null;
  media: LibraryItem | null;
};

type Props = {
  /** the credit each new image starts with ("© ENSP") */
  defaultCredit: string;
  /** each image stored, or found already in the library (the same picture uploaded before) */
  onUploaded?: (media: LibraryItem, status: "created" | "duplicate") => void;
  /** every upload of the batch has answered */
  onBatchDone?: () => void;
  /** what to offer beside an image once stored: "Choisir cette image" in the editor's chooser */
  renderStoredAction?: (media: LibraryItem) => ReactNode;
  /** the visible label of the file field */
  label?: string;
};

const cleanId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "");

let nextKey = 0;

/**
 * Drop zone and file picker for several images, each with its own alternative text (required
 * unless decorative), caption and credit, then one request per image so that each has its own
 * progress bar and its own answer. Built without a <form>: the editor's chooser puts it inside the
 * article's form, and forms cannot nest.
 */
export function MediaUploader({ defaultCredit, onUploaded, onBatchDone, renderStoredAction, label = "Ajouter des images" }: Props) {
  const baseId = cleanId(useId());
  const inputId = `${baseId}-fichiers`;
  const [items, setItems] = useState<QueueItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [running, setRunning] = useState(false);
  const itemsRef = useRef(items);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    itemsRef.current = items;
  }, [items]);
  // Object URLs hold the file's bytes until revoked.
  useEffect(
    () => () => {
      for (const item of itemsRef.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    },
    [],
  );

  const update = (key: number, change: Partial<QueueItem>) => setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  function addFiles(list: FileList | File[]) {
    const files = Array.from(list);
    if (files.length === 0) return;
    const added = files.map<QueueItem>((file) => {
      const problem = clientSideProblem(file);
      return {
        key: nextKey++,
        file,
        previewUrl: problem ? null : URL.createObjectURL(file),
        alt: "",
        decorative: false,
        caption: "",
        credit: defaultCredit,
        state: problem ? "error" : "pending",
        progress: 0,
        message: problem,
        altError: null,
        media: null,
      };
    });
    setItems((current) => [...current, ...added]);
    const refused = added.filter((item) => item.state === "error").length;
    setAnnouncement(
      `${files.length === 1 ? "1 image ajoutée" : `${files.length} images ajoutées`} à la liste d’envoi${refused ? `, dont ${refused} refusée${refused > 1 ? "s" : ""} (voir la liste)` : ""} : saisissez le texte alternatif de chacune, puis téléversez.`,
    );
    // The same file chosen again after a removal must fire `change` again.
    if (fileInput.current) fileInput.current.value = "";
  }

  function remove(key: number) {
    const item = items.find((candidate) => candidate.key === key);
    if (item?.previewUrl) URL.revokeObjectURL(item.previewUrl);
    setItems((current) => current.filter((candidate) => candidate.key !== key));
    setAnnouncement(item ? `« ${item.file.name} » retirée de la liste.` : "");
    fileInput.current?.focus();
  }

  function clearFinished() {
    for (const item of items) if ((item.state === "created" || item.state === "duplicate") && item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    setItems((current) => current.filter((item) => item.state !== "created" && item.state !== "duplicate"));
    fileInput.current?.focus();
  }

  function altProblem(item: QueueItem): string | null {
    if (item.decorative) return null;
    const alt = item.alt.trim();
    if (alt === "") return ALT_REQUIRED;
    if (looksLikeFileName(alt)) return ALT_IS_FILE_NAME;
    return null;
  }

  async function uploadAll() {
    const ready = items.filter((item) => item.state === "pending" || (item.state === "error" && item.media === null && clientSideProblem(item.file) === null));
    const invalid = ready.filter((item) => altProblem(item) !== null);
    for (const item of ready) update(item.key, { altError: altProblem(item) });
    if (invalid.length > 0) {
      setAnnouncement(
        invalid.length === 1
          ? `Le texte alternatif de « ${invalid[0]!.file.name} » manque : rien n’a été envoyé.`
          : `${invalid.length} images n’ont pas de texte alternatif : rien n’a été envoyé.`,
      );
      document.getElementById(`${baseId}-alt-${invalid[0]!.key}`)?.focus();
      return;
    }
    if (ready.length === 0) return;
    setRunning(true);
    setAnnouncement(ready.length === 1 ? "Envoi de l’image en cours…" : `Envoi de ${ready.length} images en cours…`);
    const queue = [...ready];
    let stored = 0;
    let failed = 0;
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const { key, file } = item;
        update(key, { state: "uploading", progress: 0, message: null });
        const answer = await uploadMedia(
          file,
          { alt: item.alt.trim(), decorative: item.decorative, caption: item.caption, credit: item.credit },
          { onProgress: (fraction) => update(key, { progress: Math.round(fraction * 100) }) },
        );
        if (answer.status === "error") {
          failed++;
          update(key, { state: "error", message: answer.message, altError: answer.fieldErrors?.alt ?? null });
          setAnnouncement(`« ${file.name} » : ${answer.message}`);
        } else {
          stored++;
          update(key, { state: answer.status, progress: 100, message: answer.message, media: answer.media });
          setAnnouncement(`« ${file.name} » : ${answer.message}`);
          onUploaded?.(answer.media, answer.status);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_UPLOADS, ready.length) }, worker));
    setRunning(false);
    setAnnouncement(`Envoi terminé : ${stored} image${stored > 1 ? "s" : ""} dans la médiathèque${failed ? `, ${failed} en erreur (voir la liste)` : ""}.`);
    onBatchDone?.();
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  const waiting = items.filter((item) => item.state === "pending" || (item.state === "error" && item.media === null && clientSideProblem(item.file) === null)).length;
  const finished = items.some((item) => item.state === "created" || item.state === "duplicate");

  return (
    <div>
      <div
        className={`${styles.dropzone}${dragging ? ` ${styles.dropzoneActive}` : ""}`}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <div className="fr-upload-group">
          <label className="fr-label" htmlFor={inputId}>
            {label}
            <span className="fr-hint-text">
              Glissez-déposez des images dans ce cadre, ou choisissez-les sur votre appareil (plusieurs à la fois si vous le souhaitez). Formats
              JPEG, PNG, WebP ou AVIF ; {formatBytes(MAX_UPLOAD_BYTES)} et {formatMegapixels(MAX_INPUT_PIXELS)} au plus par image. Les données de
              l’appareil photo (position GPS comprise) sont supprimées.
            </span>
          </label>
          <input
            ref={fileInput}
            className="fr-upload"
            type="file"
            id={inputId}
            multiple
            accept={ACCEPT_ATTRIBUTE}
            onChange={(event) => event.currentTarget.files && addFiles(event.currentTarget.files)}
          />
        </div>
      </div>

      <p className="fr-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {items.length > 0 && (
        <>
          <ul className={styles.queue} aria-label="Images à téléverser">
            {items.map((item) => (
              <QueueEntry
                key={item.key}
                item={item}
                baseId={baseId}
                onChange={(change) => update(item.key, change)}
                onRemove={() => remove(item.key)}
                renderStoredAction={renderStoredAction}
              />
            ))}
          </ul>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w fr-btns-group--icon-left">
            <li>
              <button type="button" className="fr-btn fr-icon-upload-line fr-btn--icon-left" onClick={uploadAll} disabled={running || waiting === 0}>
                {running ? "Envoi en cours…" : waiting > 1 ? `Téléverser les ${waiting} images` : "Téléverser l’image"}
              </button>
            </li>
            {finished && !running && (
              <li>
                <button type="button" className="fr-btn fr-btn--secondary" onClick={clearFinished}>
                  Effacer les images envoyées de la liste
                </button>
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}

function QueueEntry({
  item,
  baseId,
  onChange,
  onRemove,
  renderStoredAction,
}: {
  item: QueueItem;
  baseId: string;
  onChange: (change: Partial<QueueItem>) => void;
  onRemove: () => void;
  renderStoredAction?: (media: LibraryItem) => ReactNode;
}) {
  const id = (field: string) => `${baseId}-${field}-${item.key}`;
  const editable = item.state === "pending" || (item.state === "error" && item.media === null && clientSideProblem(item.file) === null);
  const stored = item.state === "created" || item.state === "duplicate";
  const [previewBroken, setPreviewBroken] = useState(false);
  return (
    <li className={styles.queueItem}>
      <div>
        {item.previewUrl && !previewBroken ? (
          // A local preview of a file not yet sent: next/image cannot read it. The name is in the legend.
          // eslint-disable-next-line @next/next/no-img-element
          <img className={styles.queuePreview} src={item.previewUrl} alt="" onError={() => setPreviewBroken(true)} />
        ) : (
          <div className={styles.queuePreview} aria-hidden="true" />
        )}
      </div>
      <fieldset className="fr-fieldset fr-mb-0" aria-describedby={id("etat")}>
        <legend className="fr-fieldset__legend fr-text--regular fr-pb-1w">
          <strong>{item.file.name}</strong> ({formatBytes(item.file.size)})
        </legend>
        {editable && (
          <div className="fr-fieldset__content" style={{ width: "100%" }}>
            <div className={`fr-input-group${item.altError ? " fr-input-group--error" : ""}`}>
              <label className="fr-label" htmlFor={id("alt")}>
                Texte alternatif
                <span className="fr-hint-text">Ce que l’image montre, pour qui ne la voit pas : « Les élèves de la promotion 2026 sur le parvis ».</span>
              </label>
              <input
                className={`fr-input${item.altError ? " fr-input--error" : ""}`}
                id={id("alt")}
                value={item.alt}
                maxLength={ALT_MAX_LENGTH}
                disabled={item.decorative}
                aria-required={!item.decorative}
                aria-invalid={item.altError ? true : undefined}
                aria-describedby={item.altError ? id("alt-erreur") : undefined}
                onChange={(event) => onChange({ alt: event.currentTarget.value, altError: null })}
              />
              {item.altError && (
                <p className="fr-error-text" id={id("alt-erreur")}>
                  {item.altError}
                </p>
              )}
            </div>
            <div className="fr-checkbox-group fr-mb-2w">
              <input type="checkbox" id={id("decorative")} checked={item.decorative} onChange={(event) => onChange({ decorative: event.currentTarget.checked, altError: null })} />
              <label className="fr-label" htmlFor={id("decorative")}>
                Image décorative
                <span className="fr-hint-text">Elle n’apporte aucune information : les lecteurs d’écran l’ignoreront.</span>
              </label>
            </div>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor={id("caption")}>
                Légende <span className="fr-hint-text">Facultative, affichée sous l’image.</span>
              </label>
              <input className="fr-input" id={id("caption")} value={item.caption} maxLength={CAPTION_MAX_LENGTH} onChange={(event) => onChange({ caption: event.currentTarget.value })} />
            </div>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor={id("credit")}>
                Crédit <span className="fr-hint-text">L’auteur ou le propriétaire de l’image : « © ENSP », « Photo : Jeanne Martin ».</span>
              </label>
              <input className="fr-input" id={id("credit")} value={item.credit} maxLength={CREDIT_MAX_LENGTH} onChange={(event) => onChange({ credit: event.currentTarget.value })} />
            </div>
          </div>
        )}
        {(item.state === "uploading" || stored) && (
          <div className="fr-mb-1w">
            <label className="fr-label fr-text--sm" htmlFor={id("progression")}>
              Progression de l’envoi de « {item.file.name} »
            </label>
            <progress className={styles.progress} id={id("progression")} max={100} value={item.progress}>
              {item.progress} %
            </progress>
          </div>
        )}
        <p
          id={id("etat")}
          className={`fr-text--sm fr-mb-1w${item.state === "error" ? " fr-error-text" : item.state === "created" || item.state === "duplicate" ? " fr-valid-text" : ""}`}
        >
          {item.state === "pending" && "En attente d’envoi."}
          {item.state === "uploading" && `Envoi : ${item.progress} %${item.progress === 100 ? " — vérification et enregistrement…" : ""}`}
          {item.state !== "pending" && item.state !== "uploading" && item.message}
        </p>
        {stored && item.media && (
          <p className="fr-mb-1w">
            <a className="fr-link fr-text--sm" href={item.media.editUrl} target="_blank" rel="noopener" aria-label={`Ouvrir la fiche de l’image « ${item.file.name} » (nouvel onglet)`}>
              Ouvrir la fiche de l’image (nouvel onglet)
            </a>
            {renderStoredAction?.(item.media)}
          </p>
        )}
        {(editable || item.state === "error") && (
          <button
            type="button"
            className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-delete-line fr-btn--icon-left"
            aria-label={`Retirer « ${item.file.name} » de la liste`}
            onClick={onRemove}
          >
            Retirer
          </button>
        )}
      </fieldset>
    </li>
  );
}
