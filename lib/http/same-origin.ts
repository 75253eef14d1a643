import { headers } from "next/headers";
import { siteUrl } from "../env";

/** The French answer of a state-changing request refused for its origin. */
export const FOREIGN_ORIGIN_MESSAGE = "Requête refusée : elle ne vient pas d’une page de ce site.";

/**
 * Whether a request comes from one of the site's own pages, as far as the browser says. Browsers
 * send `Origin` with every POST and `Sec-Fetch-Site` with every request, and no page can change
 * either: a form or a fetch on another site — which would carry the visitor's cookies — shows its
 * own origin (or "null" from a sandboxed frame or a file) and "cross-site"/"same-site". The site's
 * origin is SITE_URL's, or the Host the request was sent to (a proxy may not rewrite it).
 *
 * A request with neither header does not come from a browser page, so it cannot carry a victim's
 * cookies without the sender holding them already: it is let through, and judged by the session
 * and the permission like any other.
 */
export function isSameOrigin(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const own = new Set([new URL(siteUrl()).origin]);
  const host = headers.get("host");
  if (host) {
    own.add(`http://${host}`);
    own.add(`https://${host}`);
  }
  return own.has(origin);
}

/** 403 with the French sentence, for a route handler to return as is. */
export function foreignOriginResponse(): Response {
  return Response.json({ status: "error", message: FOREIGN_ORIGIN_MESSAGE }, { status: 403, headers: { "cache-control": "no-store" } });
}

/**
 * For server actions of the back office, stricter than Next.js's own check (which refuses a
 * foreign Origin but lets a request without one through): the Origin must be there and the site's.
 * Every browser sends it with a POST, so only a request that no page made is refused — one that
 * would need the session cookie in hand, and has no business in the back office either.
 */
export async function actionFromOwnPage(): Promise<boolean> {
  const list = await headers();
  return list.get("origin") !== null && isSameOrigin(list);
}
