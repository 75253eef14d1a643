import "server-only";

type State = { rendered: boolean; status: number | null };
type Storage = { getStore(): State | undefined };

/**
 * The HTTP status a page decides while rendering, beyond what Next.js offers (404, redirects):
 * 410 Gone for an article withdrawn after having been public. scripts/next-server-preload.cjs
 * applies it, and remembers it for the page cache's later answers; a page that calls neither says
 * nothing, and a page that calls `renderedWithStatus(null)` clears what was remembered.
 */
export function renderedWithStatus(status: 410 | null): void {
  const storage = (globalThis as { __kiosqueResponseStatus?: Storage }).__kiosqueResponseStatus;
  const state = storage?.getStore();
  if (!state) return;
  state.rendered = true;
  state.status = status;
}
