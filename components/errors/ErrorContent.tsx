"use client";

import Link from "next/link";
import { isUnavailableDigest } from "@/lib/database/unavailable-digest";
import { paths } from "@/lib/paths";

type Props = { digest?: string; reset?: () => void; homeHref?: string };

/**
 * The DSFR "unexpected error" message, in French. It never shows the error itself: only the
 * reference under which the server logged it, for the reader to quote.
 */
export function ErrorContent({ digest, reset, homeHref = paths.home() }: Props) {
  if (isUnavailableDigest(digest)) return <UnavailableContent reset={reset} />;
  return (
    <div className="fr-container fr-my-7w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Erreur inattendue</h1>
          <p className="fr-text--sm fr-mb-3w">Erreur 500</p>
          <p className="fr-text--lead fr-mb-3w">
            Désolé, le service rencontre un problème. Nous travaillons pour le résoudre le plus rapidement possible.
          </p>
          <p className="fr-text--sm fr-mb-5w">
            Essayez de rafraîchir la page ou réessayez un peu plus tard.
            {digest && (
              <>
                <br />
                Si le problème persiste, indiquez cette référence en nous contactant : <strong>{digest}</strong>.
              </>
            )}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            {reset && (
              <li>
                <button type="button" className="fr-btn" onClick={reset}>
                  Réessayer
                </button>
              </li>
            )}
            <li>
              <Link className="fr-btn fr-btn--secondary" href={homeHref}>
                Page d’accueil
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * The database is away (the server answered 503 with Retry-After): nothing is wrong with the page
 * asked for, and there is no reference to quote — it will come back by itself.
 */
export function UnavailableContent({ reset }: { reset?: () => void }) {
  return (
    <div className="fr-container fr-my-7w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Service temporairement indisponible</h1>
          <p className="fr-text--sm fr-mb-3w">Erreur 503</p>
          <p className="fr-text--lead fr-mb-3w">
            Le site est momentanément indisponible. Aucune donnée n’a été perdue et rien n’a été enregistré pendant
            l’interruption.
          </p>
          <p className="fr-text--sm fr-mb-5w">Réessayez dans quelques instants : le service reprendra de lui-même.</p>
          {reset && (
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button type="button" className="fr-btn" onClick={reset}>
                  Réessayer
                </button>
              </li>
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
