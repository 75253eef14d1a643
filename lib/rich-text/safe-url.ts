const MAX_HREF_LENGTH = 2048;
const MAX_IMAGE_SRC_LENGTH = 512;

const INVISIBLE_OR_SPACE = /[\s\u200B-\u200F\u2028-\u202F\u2060\uFEFF]/;

/**
 * Browsers silently strip tabs/newlines inside URLs and ignore leading control
 * characters, which is how `java\nscript:` or `\0javascript:` slip past naive
 * prefix checks. Refusing any whitespace or control character makes the
 * scheme test below see exactly what the browser will see. Control characters
 * are checked by code so no regex literal contains them.
 */
function hasWhitespaceOrControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return INVISIBLE_OR_SPACE.test(value);
}

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
  if (hasWhitespaceOrControl(href)) return false;
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
  if (url.protocol === "http:" || url.protocol === "https:") {
    // `https:evil.example` parses as a host URL too, but only the explicit form is an editor's link.
    return /^https?:\/\//i.test(href) && url.hostname.length > 0;
  }
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
