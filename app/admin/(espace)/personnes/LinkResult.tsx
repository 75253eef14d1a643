"use client";

import Link from "next/link";
import { useId } from "react";
import { CopyLinkButton } from "@/components/articles/CopyLinkButton";
import type { FormState } from "@/lib/admin/form-state";

/**
 * The single-use link, shown once in the success alert when it did not leave by mail: in a
 * read-only field so that it can be selected whole with the keyboard, and with a copy button
 * where the browser allows it.
 */
export function LinkResult({ state, showPersonLink = false }: { state: FormState; showPersonLink?: boolean }) {
  const id = useId();
  const link = typeof state.data?.link === "string" ? state.data.link : null;
  const personUrl = typeof state.data?.personUrl === "string" ? state.data.personUrl : null;
  const personName = typeof state.data?.personName === "string" ? state.data.personName : "cette personne";
  return (
    <>
      {link && (
        <>
          <div className="fr-input-group fr-mt-2w">
            <label className="fr-label" htmlFor={id}>
              Lien pour choisir un mot de passe
            </label>
            <input className="fr-input" id={id} type="url" readOnly value={link} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
          </div>
          <CopyLinkButton url={link} />
        </>
      )}
      {showPersonLink && personUrl && (
        <p className="fr-mt-2w">
          <Link className="fr-link" href={personUrl}>
            Voir la fiche de {personName}
          </Link>
        </p>
      )}
    </>
  );
}
