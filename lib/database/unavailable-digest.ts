/**
 * The digest a database-unavailable error carries to the error pages (client components): Next.js
 * keeps an error's own digest, so the page can say "service temporairement indisponible" rather
 * than "erreur inattendue" without the server's message ever reaching the browser.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "KIOSQUE_DATABASE_UNAVAILABLE";

/** Seconds a client is asked to wait (Retry-After) while the database is away. */
export const RETRY_AFTER_SECONDS = 30;

export function isUnavailableDigest(digest: string | undefined): boolean {
  return digest === DATABASE_UNAVAILABLE_DIGEST;
}
