"use client";

import { useState, type MouseEvent } from "react";
import { useFormField } from "@/components/admin/form/AdminForm";
import { objectPosition } from "@/lib/media/focal";
import styles from "./media.module.css";

type Props = {
  src: string;
  width: number;
  height: number;
  /** the stored focal point, as fractions */
  initial: { x: number; y: number };
};

const PREVIEWS = [
  { label: "16:9 — moteurs de recherche", aspect: 16 / 9 },
  { label: "4:3", aspect: 4 / 3 },
  { label: "1:1 — vignettes carrées", aspect: 1 },
  { label: "Partage sur les réseaux (1200 × 630)", aspect: 1200 / 630 },
];

const STEP = 5;

const toPercent = (fraction: number) => String(Math.round(fraction * 1000) / 10);
const clampPercent = (value: number) => Math.min(100, Math.max(0, Math.round(value * 10) / 10));

/**
 * The focal point of an image: a click on the image places it; the two number fields and the arrow
 * buttons do the same from the keyboard. The previews show what each crop keeps, computed as the
 * server crops (lib/media/focal.ts).
 */
export function FocalPointField({ src, width, height, initial }: Props) {
  const x = useFormField("focalX", toPercent(initial.x));
  const y = useFormField("focalY", toPercent(initial.y));
  // Remounted with the echoed values after each answer of the form (the fields' keys change).
  return <FocalPointInputs key={`${x.key}|${y.key}`} src={src} width={width} height={height} x={x} y={y} />;
}

type Field = ReturnType<typeof useFormField>;

function FocalPointInputs({ src, width, height, x, y }: { src: string; width: number; height: number; x: Field; y: Field }) {
  const [point, setPoint] = useState({ x: x.defaultValue ?? "50", y: y.defaultValue ?? "50" });
  const numeric = { x: Number(point.x.replace(",", ".")), y: Number(point.y.replace(",", ".")) };
  const valid = Number.isFinite(numeric.x) && Number.isFinite(numeric.y) && point.x !== "" && point.y !== "";
  const focal = valid ? { x: clampPercent(numeric.x) / 100, y: clampPercent(numeric.y) / 100 } : { x: 0.5, y: 0.5 };

  const place = (nextX: number, nextY: number) => setPoint({ x: String(clampPercent(nextX)), y: String(clampPercent(nextY)) });

  const onImageClick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    place(((event.clientX - box.left) / box.width) * 100, ((event.clientY - box.top) / box.height) * 100);
  };

  const nudge = (dx: number, dy: number) => place((valid ? clampPercent(numeric.x) : 50) + dx, (valid ? clampPercent(numeric.y) : 50) + dy);

  return (
    <fieldset className="fr-fieldset" aria-describedby="point-interet-aide">
      <legend className="fr-fieldset__legend">Point d’intérêt</legend>
      <div className="fr-fieldset__element">
        <p id="point-interet-aide" className="fr-hint-text">
          Le point que tous les recadrages gardent visible (image de partage, vignettes des moteurs de recherche). Cliquez sur l’image à
          l’endroit voulu, ou saisissez sa position en pourcentage de la largeur et de la hauteur, ou déplacez-le avec les boutons.
        </p>
        {/* Mouse only by nature: the fields and buttons below are its keyboard equivalent. */}
        <div className={styles.focalFrame} onClick={onImageClick}>
          {/* eslint-disable-next-line @next/next/no-img-element -- the stored original, possibly not public yet */}
          <img className={styles.focalImage} src={src} alt="" width={width} height={height} draggable={false} />
          <span className={styles.focalMarker} style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }} aria-hidden="true" />
        </div>
      </div>
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <PercentInput field={x} name="focalX" label="Position horizontale (%)" hint="0 : bord gauche ; 100 : bord droit." value={point.x} onChange={(value) => setPoint({ ...point, x: value })} />
      </div>
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <PercentInput field={y} name="focalY" label="Position verticale (%)" hint="0 : bord haut ; 100 : bord bas." value={point.y} onChange={(value) => setPoint({ ...point, y: value })} />
      </div>
      <div className="fr-fieldset__element">
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left" aria-label="Déplacer le point d’intérêt">
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary fr-icon-arrow-left-line fr-btn--icon-left" onClick={() => nudge(-STEP, 0)}>
              Vers la gauche
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary fr-icon-arrow-right-line fr-btn--icon-left" onClick={() => nudge(STEP, 0)}>
              Vers la droite
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary fr-icon-arrow-up-line fr-btn--icon-left" onClick={() => nudge(0, -STEP)}>
              Vers le haut
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary fr-icon-arrow-down-line fr-btn--icon-left" onClick={() => nudge(0, STEP)}>
              Vers le bas
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => place(50, 50)}>
              Au centre
            </button>
          </li>
        </ul>
        <p className="fr-text--sm" aria-live="polite" aria-atomic="true">
          {valid
            ? `Point d’intérêt : ${clampPercent(numeric.x)} % depuis la gauche, ${clampPercent(numeric.y)} % depuis le haut. Enregistrez pour l’appliquer aux recadrages.`
            : "Saisissez deux nombres de 0 à 100."}
        </p>
      </div>
      <div className="fr-fieldset__element">
        <p className="fr-text--sm fr-mb-1w">Aperçu des recadrages :</p>
        <ul className={styles.cropPreviews}>
          {PREVIEWS.map((preview) => {
            const position = objectPosition({ width, height }, preview.aspect, focal);
            return (
              <li key={preview.label}>
                <figure className="fr-m-0">
                  {/* eslint-disable-next-line @next/next/no-img-element -- a CSS preview of the crop, before it is saved */}
                  <img className={styles.cropPreview} src={src} alt="" style={{ aspectRatio: preview.aspect, objectPosition: `${position.x}% ${position.y}%` }} />
                  <figcaption className="fr-text--xs">{preview.label}</figcaption>
                </figure>
              </li>
            );
          })}
        </ul>
      </div>
    </fieldset>
  );
}

function PercentInput({ field, name, label, hint, value, onChange }: { field: Field; name: string; label: string; hint: string; value: string; onChange: (value: string) => void }) {
  const hintId = `${field.id}-aide`;
  const errorId = `${field.id}-erreur`;
  return (
    <div className={`fr-input-group${field.error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={field.id}>
        {label}
        <span className="fr-hint-text" id={hintId}>
          {hint}
        </span>
      </label>
      <input
        className={`fr-input${field.error ? " fr-input--error" : ""}`}
        type="number"
        id={field.id}
        name={name}
        min={0}
        max={100}
        step={0.1}
        inputMode="decimal"
        required
        value={value}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={[hintId, field.error ? errorId : null].filter(Boolean).join(" ")}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {field.error && (
        <p className="fr-error-text" id={errorId}>
          {field.error}
        </p>
      )}
    </div>
  );
}
