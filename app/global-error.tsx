"use client";

import type { ReactNode } from "react";
import { isUnavailableDigest } from "@/lib/database/unavailable-digest";
import "./globals.css";

/**
 * The root layout itself failed (the database unreachable while reading the settings, say): a
 * whole document of its own, in French, without the DSFR scripts nor any data.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  if (isUnavailableDigest(error.digest)) return <Unavailable />;
  return (
    <BareDocument title="Erreur inattendue">
      <p>Désolé, le service rencontre un problème. Nous travaillons pour le résoudre le plus rapidement possible.</p>
      <p>Essayez de rafraîchir la page ou réessayez un peu plus tard.</p>
      {error.digest && (
        <p>
          Si le problème persiste, indiquez cette référence en nous contactant : <strong>{error.digest}</strong>.
        </p>
      )}
    </BareDocument>
  );
}

/** The database is away: the server answers 503 with Retry-After, and the page says so in French. */
function Unavailable() {
  return (
    <BareDocument title="Service temporairement indisponible">
      <p>Le site est momentanément indisponible. Aucune donnée n’a été perdue et rien n’a été enregistré pendant l’interruption.</p>
      <p>Réessayez dans quelques instants : le service reprendra de lui-même.</p>
    </BareDocument>
  );
}

/** A whole French document with its title as h1, the message, and a link home. */
function BareDocument({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <title>{title}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main id="contenu" style={{ maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem", fontFamily: "sans-serif" }}>
          <h1>{title}</h1>
          {children}
          <p>
            {/* a full reload: the app's own router may be what failed */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Page d’accueil</a>
          </p>
        </main>
      </body>
    </html>
  );
}
