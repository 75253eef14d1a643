"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { paths } from "@/lib/paths";
import { emptyTrashAction, restoreArticleAction } from "./actions";

type Notice = { kind: "success" | "error"; message: string; link?: { href: string; label: string } };

const Announce = createContext<(notice: Notice) => void>(() => {});

/**
 * The trash view's outcome messages, above the table: a restored article leaves the table, and the
 * message saying so must outlive its row. It takes the focus, so keyboard and screen-reader users
 * hear it.
 */
export function TrashNotices({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  const announce = useCallback((next: Notice) => setNotice(next), []);
  return (
    <Announce.Provider value={announce}>
      {notice && (
        <div ref={ref} tabIndex={-1} role={notice.kind === "error" ? "alert" : "status"} className={`fr-alert fr-alert--${notice.kind} fr-alert--sm fr-mb-3w`}>
          <p>
            {notice.message}
            {notice.link && (
              <>
                {" "}
                <Link href={notice.link.href}>{notice.link.label}</Link>
              </>
            )}
          </p>
        </div>
      )}
      {children}
    </Announce.Provider>
  );
}

const STALE = "Cet article a changé depuis l’affichage de la liste : rechargez la page, puis réessayez.";

/** "Restaurer" for one article of the trash: it comes back with the status it had. */
export function RestoreArticleButton({ id, version, title }: { id: string; version: number; title: string }) {
  const announce = useContext(Announce);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      const result = await restoreArticleAction({ id, version });
      if (result.status === "success") {
        announce({ kind: "success", message: `« ${title} » est sorti de la corbeille, avec le statut qu’il avait.`, link: { href: paths.admin.article(id), label: "Ouvrir l’article" } });
        router.refresh();
      } else {
        announce({ kind: "error", message: result.conflict ? STALE : result.message });
      }
    });
  return (
    <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-arrow-go-back-line fr-btn--icon-left" onClick={restore} disabled={pending} aria-disabled={pending}>
      {pending ? "Restauration…" : "Restaurer"} <span className="fr-sr-only">« {title} »</span>
    </button>
  );
}

/** Emptying the trash deletes for good: nothing happens until the confirmation box is ticked. */
export function EmptyTrashForm() {
  const announce = useContext(Announce);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const checkboxId = `${id}-confirmation`;
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  const headingId = `${id}-titre`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed) {
      setError("Cochez la case pour confirmer la suppression définitive.");
      checkboxRef.current?.focus();
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await emptyTrashAction({});
      if (result.status === "success") {
        const { deleted } = result.data;
        setConfirmed(false);
        announce({
          kind: "success",
          message: deleted === 0 ? "La corbeille était déjà vide." : `La corbeille a été vidée : ${deleted === 1 ? "1 article supprimé" : `${deleted} articles supprimés`} définitivement.`,
        });
        router.refresh();
      } else {
        announce({ kind: "error", message: result.message });
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} aria-busy={pending} className="fr-mt-6w">
      <h2 className="fr-h4" id={headingId}>
        Vider la corbeille
      </h2>
      <div className={`fr-checkbox-group fr-mb-3w${error ? " fr-checkbox-group--error" : ""}`}>
        <input
          ref={checkboxRef}
          type="checkbox"
          id={checkboxId}
          name="confirm"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        />
        <label className="fr-label" htmlFor={checkboxId}>
          Je confirme la suppression définitive de tous les articles de la corbeille
          <span className="fr-hint-text" id={hintId}>
            Leurs versions disparaissent avec eux et rien ne pourra être restauré ; leurs anciennes adresses répondront « page introuvable » (404).
          </span>
        </label>
        {error && (
          <p className="fr-message fr-message--error" id={errorId}>
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary fr-icon-delete-bin-line fr-btn--icon-left" disabled={pending} aria-disabled={pending}>
        {pending ? "Suppression…" : "Vider la corbeille"}
      </button>
    </form>
  );
}
