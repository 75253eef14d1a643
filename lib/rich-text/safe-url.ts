const MAX_HREF_LENGTH = 2048;
const MAX_IMAGE_SRC_LENGTH = 512;

/**
 * Browsers silently strip tabs/newlines inside URLs and ignore leading control
 * characters, which is how `java\nscript:` or `\0javascript:` slip past naive
 * prefix checks. Refusing any whitespace or control character makes the
 * scheme test below see exactly what the browser will see.
 */
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202F\u2060\uFEFF]/;

const ALLOWED_SCHEME = /^(https?|mailto|tel):/i;

/**
 * Allow-list, not deny-list: only absolute http(s)/mailto/tel URLs,
 * site-relative paths and same-page fragments. Everything else, including
 * `javascript:`, `data:`, entity-encoded schemes and protocol-relative
 * `//host`, is refused because it does not match an allowed form.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length === 0 || href.length > MAX_HREF_LENGTH) {
    return false;
  }
  if (WHITESPACE_OR_CONTROL.test(href)) return false;
  // Browsers treat `\` as `/` in http(s) URLs, so `/\evil.example` is protocol-relative.
  if (href.includes("\\")) return false;

  if (href.startsWith("#")) return true;
  if (href.startsWith("/")) return href[1] !== "/";

  if (!ALLOWED_SCHEME.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === "http:" || url.protocol === "https:") return url.hostname.length > 0;
  return url.protocol === "mailto:" || url.protocol === "tel:";
}

const IMAGE_SRC = /^\/medias\/[A-Za-z0-9_-][A-Za-z0-9._~/-]*$/;

/**
 * Public pages must never make the reader's browser contact another host, so
 * images may only come from the site's own media route. The character class
 * excludes `%`, `?`, `\` and `:` so no encoding trick can leave `/medias/`.
 */
export function isSafeImageSrc(src: unknown): src is string {
  if (typeof src !== "string" || src.length > MAX_IMAGE_SRC_LENGTH) return false;
  if (!IMAGE_SRC.test(src)) return false;
  if (src.includes("//")) return false;
  return !src.split("/").some((segment) => segment === "." || segment === "..");
}

/** Whether a (safe) href leaves the site, given the site's own origin when known. */
export function isExternalHref(href: string, siteOrigin?: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  if (!siteOrigin) return true;
  try {
    return new URL(href).origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}
