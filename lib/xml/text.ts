/**
 * Text going into XML documents (sitemaps, feeds). XML 1.0 forbids most control characters
 * (U+0000–U+001F except tab, line feed and carriage return), U+FFFE, U+FFFF and unpaired
 * surrogates: a single one makes the whole document unreadable to a strict parser, so they are
 * removed rather than escaped (they have no escaped form in XML 1.0 either).
 */
const NOT_XML_CHAR = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;

/** Removes every character XML 1.0 does not allow; everything else is kept as is. */
export function xmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, "");
}

/** For one-line values (titles, names): legal characters only, whitespace runs folded to one space. */
export function oneLine(value: string): string {
  return xmlChars(value).replace(/\s+/g, " ").trim();
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escaped for XML text and attribute values alike (both quote characters included). */
export function escapeXml(value: string): string {
  return xmlChars(value).replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escaped for HTML text and attribute values. Used for the HTML carried inside feeds; since `>`
 * is escaped too, the result can never contain the `]]>` that would end a CDATA section.
 */
export function escapeHtml(value: string): string {
  return xmlChars(value).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/**
 * W3C datetime (the profile of ISO 8601 that sitemaps, Google News and Atom accept), in UTC
 * with an explicit `Z` and whole seconds: `2026-11-26T09:30:00Z`.
 */
export function w3cDateTime(date: Date | string): string {
  const value = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) throw new RangeError(`Date invalide : ${String(date)}`);
  return value.toISOString().replace(/\.\d{3}Z$/, "Z");
}
