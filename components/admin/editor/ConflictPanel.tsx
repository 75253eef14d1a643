"use client";

import { useEffect, useRef } from "react";
import { clockTime } from "@/lib/editor/autosave";
import type { EditorFields } from "@/lib/editor/local-copy";
import { toPlainText } from "@/lib/rich-text/plain-text";
import styles from "./editor.module.css";

type Props = {
  mine: EditorFields;
  theirs: EditorFields;
  updatedAt: string | null;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

function Version({ title, fields, other }: { title: string; fields: EditorFields; other: EditorFields }) {
  const text = (value: string) => value.trim() || "(vide)";
  const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
  const body = toPlainText(fields.body);
  return (
    <article className={styles.version} aria-label={title}>
      <h3 className="fr-h6">{title}</h3>
      <h4 className="fr-text--sm fr-text--bold fr-mb-0">Titre{same(fields.title, other.title) ? " (identique)" : ""}</h4>
      <p>{text(fields.title)}</p>
      <h4 className="fr-text--sm fr-text--bold fr-mb-0">Chapô{same(fields.excerpt, other.excerpt) ? " (identique)" : ""}</h4>
      <p className={styles.plain}>{text(fields.excerpt)}</p>
      <h4 className="fr-text--sm fr-text--bold fr-mb-0">{"Corps de l'article"}{same(body, toPlainText(other.body)) ? " (identique)" : ""}</h4>
      <div className={styles.plain}>{text(body)}</div>
    </article>
  );
}

/**
 * Someone (or another tab) saved meanwhile: both texts side by side, readable and selectable to
 * copy a passage from one into the other, and the choice of the one to keep. Typing goes on while
 * it is shown; autosave waits for the choice.
 */
export function ConflictPanel({ mine, theirs, updatedAt, busy, onKeepMine, onTakeTheirs }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} tabIndex={-1} className="fr-mb-4w" aria-labelledby="conflit-titre">
      <div className="fr-alert fr-alert--warning fr-mb-2w">
        <h2 className="fr-alert__title" id="conflit-titre">
          Cet article a été enregistré ailleurs entre-temps
        </h2>
        <p>
          Dans un autre onglet ou par quelqu’un d’autre{updatedAt ? `, à ${clockTime(updatedAt)}` : ""}. Comparez les deux versions, copiez au besoin un passage de
          l’une dans l’autre, puis choisissez celle à garder. Ce que vous tapez en attendant est gardé dans ce navigateur.
        </p>
      </div>
      <div className={styles.compare}>
        <Version title="Votre version" fields={mine} other={theirs} />
        <Version title="Version enregistrée" fields={theirs} other={mine} />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <button type="button" className="fr-btn" aria-disabled={busy || undefined} onClick={() => !busy && onKeepMine()}>
            Garder ma version
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" aria-disabled={busy || undefined} onClick={() => !busy && onTakeTheirs()}>
            Prendre la version enregistrée
          </button>
        </li>
      </ul>
    </section>
  );
}
