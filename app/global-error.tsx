"use client";

import "./globals.css";

/**
 * The root layout itself failed (the database unreachable while reading the settings, say): a
 * whole document of its own, in French, without the DSFR scripts nor any data.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <head>
        <title>Erreur inattendue</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main id="contenu" style={{ maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem", fontFamily: "sans-serif" }}>
          <h1>Erreur inattendue</h1>
          <p>Désolé, le service rencontre un problème. Nous travaillons pour le résoudre le plus rapidement possible.</p>
          <p>Essayez de rafraîchir la page ou réessayez un peu plus tard.</p>
          {error.digest && (
            <p>
              Si le problème persiste, indiquez cette référence en nous contactant : <strong>{error.digest}</strong>.
            </p>
          )}
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
