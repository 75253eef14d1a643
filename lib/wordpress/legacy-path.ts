/**
 * The one written form of an old site's address, used both when an import records a WordPress
 * permalink and when a reader's request looks one up: so that `/2022/05/17/Remise-des-diplômes/`,
 * its percent-encoded form and the same path without the slash all meet the same row.
 *
 * - a path: decoded (UTF-8 percent-encoding; a malformed escape is kept as written), NFC, lower
 *   case, repeated slashes collapsed, no trailing slash, the query ignored;
 * - the root (or /index.php) with one of WordPress's query forms: `/?p=123`, `/?page_id=12`,
 *   `/?cat=5`, `/?tag=slug`, `/?attachment_id=9`, `/?feed=rss2` (the first of them, in that order).
 * Anything else, the home page included, is no old address.
 */
export const LEGACY_PATH_MAX_LENGTH = 2048;

const QUERY_FORMS = ["p", "page_id", "cat", "tag", "attachment_id", "feed"] as const;

/** Percent-decoded, or as written when the encoding is malformed (WordPress writes "100%-reussite"). */
export function decodeOrKeep(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function normaliseLegacyPath(pathname: string, search = ""): string | null {
  if (!pathname.startsWith("/")) return null;
  const decoded = pathname
    .split("/")
    .map(decodeOrKeep)
    .join("/")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\/{2,}/g, "/")
    .replace(/\/+$/, "");
  if (decoded === "" || decoded === "/index.php") {
    const query = new URLSearchParams(search);
    for (const key of QUERY_FORMS) {
      const value = query.get(key)?.trim().toLowerCase();
      if (value && /^[\p{L}\p{N}_-]{1,200}$/u.test(value)) return `/?${key}=${value}`;
    }
    return null;
  }
  // No control character, no backslash: such a path was never a permalink, and it would be stored.
  if (decoded.length > LEGACY_PATH_MAX_LENGTH || /[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  return decoded;
}

/** The normalised old address of a full URL of the old site (a WXR `<link>` or `<guid>`), or null. */
export function legacyPathOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url, "http://ancien-site.invalid");
    return normaliseLegacyPath(parsed.pathname, parsed.search);
  } catch {
    return null;
  }
}

export type LegacySuffix = { base: string; feed: "rss" | "atom" | null; page: number | null };

/**
 * What WordPress put after an archive's address: `/feed` (and `/feed/rss2`, `/feed/atom`…) for its
 * feed, `/page/N` for a later page. Taken off a normalised path, so that the archive it belongs to
 * is looked up; the root's own feed and pages have `base` "".
 */
export function splitLegacySuffix(path: string): LegacySuffix {
  const feed = /^(.*?)\/feed(?:\/(rss2?|rdf|atom))?$/.exec(path);
  if (feed) return { base: feed[1] ?? "", feed: feed[2] === "atom" ? "atom" : "rss", page: null };
  const page = /^(.*?)\/page\/(\d{1,6})$/.exec(path);
  if (page && Number(page[2]) >= 1) return { base: page[1] ?? "", feed: null, page: Number(page[2]) };
  return { base: path, feed: null, page: null };
}
