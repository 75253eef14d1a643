/**
 * HTTP answers of the sitemap and feed routes. Their data come from tagged caches that every
 * back-office write invalidates at once; the HTTP lifetime below only bounds how long a browser,
 * feed reader or proxy may keep its own copy.
 */
export const XML_MAX_AGE_SECONDS = 300;

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "cache-control": `public, max-age=${XML_MAX_AGE_SECONDS}`,
      "x-content-type-options": "nosniff",
    },
  });
}

/** A short French 404 for unknown or malformed sitemap and feed URLs. */
export function xmlNotFound(message: string): Response {
  return new Response(message, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export const CONTENT_TYPES = {
  xml: "application/xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
} as const;
