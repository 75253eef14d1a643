"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { AccessibilityProblem } from "@/lib/articles/accessibility";
import type { SaveStatus } from "@/lib/editor/autosave";
import { ACTION_LABELS, type EditorAction } from "@/lib/editor/available-actions";
import type { Notice, PendingPublication } from "@/lib/editor/session";
import { formatDateTimeFr, instantToParisDateTime, parisDateTimeToInstant } from "@/lib/format/time";
import { problemsCount, ProblemList } from "./AccessibilityPanel";
import styles from "./editor.module.css";

type Props = {
  actions: EditorAction[];
  busy: EditorAction | null;
  saveStatus: SaveStatus;
  notice: Notice | null;
  pending: PendingPublication | null;
  /** the time a scheduled article is due, to start the date fields from */
  scheduledAt: string | null;
  onSave: () => void;
  onPreview: () => void;
  onRun: (action: EditorAction, options?: { publishAt?: string; accessibilityNote?: string; confirmed?: boolean }) => Promise<boolean>;
  onCancelPending: () => void;
  onGoToProblem: (problem: AccessibilityProblem) => void;
};

/** Actions that change what readers see, or drop work: asked twice. */
const CONFIRMATIONS: Partial<Record<EditorAction, { question: string; yes: string }>> = {
  unpublish: { question: "Dépublier cet article ? Il quitte le site à l’instant (son adresse annoncera un contenu retiré) et redevient un brouillon.", yes: "Oui, dépublier" },
  archive: { question: "Archiver cet article ? Il quitte le site et reste consultable dans l’administration.", yes: "Oui, archiver" },
  trash: { question: "Mettre cet article à la corbeille ? Il quitte le site ; un éditeur pourra le restaurer.", yes: "Oui, mettre à la corbeille" },
  discard: {
    question: "Abandonner les modifications en attente ? La version publiée reste telle quelle ; les modifications non enregistrées comme version sont perdues.",
    yes: "Oui, abandonner les modifications",
  },
};

const ANYWAY: Record<PendingPublication["action"], string> = {
  submit: "Soumettre quand même",
  publish: "Publier quand même",
  publishNow: "Publier quand même",
  update: "Mettre à jour quand même",
  schedule: "Programmer quand même",
};

const PRIMARY: EditorAction[] = ["submit", "publish", "update", "publishNow"];
const SECONDARY: EditorAction[] = ["withdraw", "discard", "unpublish", "archive", "trash", "restore"];

const STATUS_CLASS: Record<SaveStatus["tone"], string> = {
  neutral: "",
  success: styles.statusSuccess!,
  warning: styles.statusWarning!,
  error: styles.statusError!,
};

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** Before a submission or publication: the content's problems, and a reason to go ahead for a publication. */
function PendingBox({ pending, busy, onRun, onCancel, onGoToProblem }: { pending: PendingPublication; busy: boolean; onRun: Props["onRun"]; onCancel: () => void; onGoToProblem: Props["onGoToProblem"] }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const needsReason = pending.action !== "submit";
  const confirm = () => {
    if (needsReason && note.trim() === "") {
      setNoteError("Motif : indiquez pourquoi publier malgré ces problèmes (il est inscrit au journal).");
      return;
    }
    void onRun(pending.action, { publishAt: pending.publishAt, accessibilityNote: needsReason ? note : undefined, confirmed: true });
  };
  return (
    <div ref={ref} tabIndex={-1} className="fr-alert fr-alert--warning fr-mt-2w" role="alert" aria-labelledby="avant-publication">
      <h3 className="fr-alert__title" id="avant-publication">
        {problemsCount(pending.problems.length)} dans le contenu
      </h3>
      <p>{needsReason ? "Corrigez-les si possible. Pour publier quand même, indiquez le motif : il est inscrit au journal." : "Corrigez-les si possible avant de soumettre l’article : l’éditeur les verra aussi."}</p>
      <ProblemList problems={pending.problems} onGo={onGoToProblem} />
      {needsReason && (
        <div className={`fr-input-group fr-mt-2w${noteError ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor="champ-motif">
            Motif
          </label>
          <textarea
            className={`fr-input${noteError ? " fr-input--error" : ""}`}
            id="champ-motif"
            rows={2}
            maxLength={500}
            value={note}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? "champ-motif-erreur" : undefined}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setNoteError(null);
            }}
          />
          {noteError && (
            <p className="fr-error-text" id="champ-motif-erreur">
              {noteError}
            </p>
          )}
        </div>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-2w">
        <li>
          <button type="button" className="fr-btn" aria-disabled={busy || undefined} onClick={() => !busy && confirm()}>
            {ANYWAY[pending.action]}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onCancel}>
            Revenir au texte
          </button>
        </li>
      </ul>
    </div>
  );
}

function ConfirmBox({ action, onYes, onNo }: { action: EditorAction; onYes: () => void; onNo: () => void }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  const confirmation = CONFIRMATIONS[action]!;
  return (
    <div ref={ref} tabIndex={-1} className="fr-alert fr-alert--warning fr-alert--sm fr-mt-2w" role="alert">
      <p>{confirmation.question}</p>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-1w">
        <li>
          <button type="button" className="fr-btn" onClick={onYes}>
            {confirmation.yes}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onNo}>
            Non, revenir
          </button>
        </li>
      </ul>
    </div>
  );
}

function ScheduleBox({ scheduledAt, busy, onRun, onClose }: { scheduledAt: string | null; busy: boolean; onRun: Props["onRun"]; onClose: () => void }) {
  const ref = useFocusOnMount<HTMLInputElement>();
  // Starts from the time already chosen, or tomorrow at 8:00 in Paris.
  const [initial] = useState(() => (scheduledAt ? instantToParisDateTime(new Date(scheduledAt)) : { date: instantToParisDateTime(new Date(Date.now() + 86_400_000)).date, time: "08:00" }));
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const instant = parisDateTimeToInstant(date, time);
    if (!instant) {
      setError("Indiquez une date (jour, mois, année) et une heure (heures et minutes) qui existent.");
      return;
    }
    if (await onRun("schedule", { publishAt: instant.toISOString() })) onClose();
  };
  return (
    <fieldset className="fr-fieldset fr-mt-2w" aria-labelledby="programmation-titre programmation-aide">
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="programmation-titre">
        Programmer la publication
      </legend>
      <p className="fr-hint-text fr-fieldset__element" id="programmation-aide">
        Heure de Paris. L’article apparaîtra sur le site à cette minute, sans rien d’autre à faire.
      </p>
      <div className="fr-fieldset__element">
        <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor="champ-date-publication">
            Date de publication
          </label>
          <input ref={ref} className="fr-input" type="date" id="champ-date-publication" value={date} onChange={(event) => (setDate(event.currentTarget.value), setError(null))} />
        </div>
      </div>
      <div className="fr-fieldset__element">
        <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor="champ-heure-publication">
            Heure de publication
          </label>
          <input className="fr-input" type="time" id="champ-heure-publication" value={time} onChange={(event) => (setTime(event.currentTarget.value), setError(null))} />
        </div>
      </div>
      {error && (
        <p className="fr-error-text fr-fieldset__element" role="alert">
          {error}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-fieldset__element">
        <li>
          <button type="button" className="fr-btn" aria-disabled={busy || undefined} onClick={() => !busy && void submit()}>
            Valider la programmation
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={onClose}>
            Fermer
          </button>
        </li>
      </ul>
    </fieldset>
  );
}

/**
 * The publication box: the save state (announced), "Enregistrer", "Aperçu" and the workflow
 * buttons the role and the article's status allow.
 */
export function ActionBar({ actions, busy, saveStatus, notice, pending, scheduledAt, onSave, onPreview, onRun, onCancelPending, onGoToProblem }: Props) {
  const [confirming, setConfirming] = useState<EditorAction | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const has = (action: EditorAction) => actions.includes(action);
  const button = (action: EditorAction, priority: "primary" | "secondary" | "tertiary", onClick: () => void) => (
    <li key={action}>
      <button
        type="button"
        className={`fr-btn${priority === "primary" ? "" : ` fr-btn--${priority}`}`}
        aria-disabled={busy !== null || undefined}
        aria-expanded={action === "schedule" ? scheduling : undefined}
        onClick={() => busy === null && onClick()}
      >
        {ACTION_LABELS[action]}
        {action === "preview" && <span className="fr-sr-only"> (nouvel onglet)</span>}
      </button>
    </li>
  );
  const run = (action: EditorAction) => {
    setScheduling(false);
    if (CONFIRMATIONS[action]) setConfirming(action);
    else void onRun(action);
  };

  return (
    <section className={styles.panel} aria-labelledby="publication-titre">
      <h2 className="fr-h6 fr-mb-1w" id="publication-titre">
        Publication
      </h2>
      <p className={`${styles.status} ${STATUS_CLASS[saveStatus.tone]}`} role="status" aria-live="polite">
        {saveStatus.text}
      </p>
      {scheduledAt && <p className="fr-text--sm">Publication prévue le {formatDateTimeFr(new Date(scheduledAt))} (heure de Paris).</p>}
      <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--icon-left" aria-busy={busy !== null}>
        {has("save") && button("save", "secondary", onSave)}
        {has("preview") && button("preview", "secondary", onPreview)}
        {PRIMARY.filter(has).map((action) => button(action, "primary", () => run(action)))}
        {has("schedule") && button("schedule", "secondary", () => setScheduling(!scheduling))}
      </ul>
      {scheduling && <ScheduleBox scheduledAt={scheduledAt} busy={busy !== null} onRun={onRun} onClose={() => setScheduling(false)} />}
      {pending && <PendingBox key={`${pending.action}-${pending.problems.length}-${pending.fromServer}`} pending={pending} busy={busy !== null} onRun={onRun} onCancel={onCancelPending} onGoToProblem={onGoToProblem} />}
      {SECONDARY.some(has) && (
        <ul className="fr-btns-group fr-btns-group--sm fr-mt-1w">{SECONDARY.filter(has).map((action) => button(action, action === "restore" ? "primary" : "tertiary", () => run(action)))}</ul>
      )}
      {confirming && (
        <ConfirmBox
          action={confirming}
          onYes={() => {
            setConfirming(null);
            void onRun(confirming);
          }}
          onNo={() => setConfirming(null)}
        />
      )}
      {busy && (
        <p className="fr-text--sm" role="status">
          {ACTION_LABELS[busy]} : en cours…
        </p>
      )}
      {notice && (
        <div className={`fr-alert fr-alert--${notice.tone === "error" ? "error" : notice.tone === "success" ? "success" : "info"} fr-alert--sm fr-mt-2w`} role={notice.tone === "error" ? "alert" : "status"}>
          <p>
            {notice.text}
            {notice.link && (
              <>
                {" "}
                <Link href={notice.link.href} target="_blank">
                  {notice.link.label}
                  <span className="fr-sr-only"> (nouvel onglet)</span>
                </Link>
              </>
            )}
          </p>
        </div>
      )}
    </section>
  );
}
