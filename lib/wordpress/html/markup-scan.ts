/**
 * A minimal reading of raw HTML markup, shared by the text passes that run before parse5 (autop,
 * shortcodes, Gutenberg blocks): they must step over tags, comments and script-like content the
 * way the HTML tokenizer does, or they would rewrite text inside an attribute or a script.
 * Every function only moves forward, so a whole pass stays linear in the size of the body.
 */

export type Markup = {
  /** Index just after the markup (after the closing tag for raw-text elements). */
  end: number;
  kind: "tag" | "comment" | "raw" | "other";
  /** Lowercased tag name; empty for comments and declarations. */
  name: string;
  closing: boolean;
  /** Whether the tag has anything after its name (attributes). */
  attributes: boolean;
};

/** Elements whose content the HTML tokenizer reads as text up to their closing tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** From inside a tag, the index after its `>`; quoted attribute values may contain `>`. */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 0x3e) return i + 1;
    if (code === 0x3d) {
      i++;
      while (i < html.length && isHtmlSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return html.length;
        i = close + 1;
      }
      continue;
    }
    i++;
  }
  return html.length;
}

const closingTagPatterns = new Map<string, RegExp>();

/** Index of the `</name` that closes an element opened before `from`, or -1. Case-insensitive, as in HTML. */
export function findClosingTag(html: string, name: string, from: number): number {
  let pattern = closingTagPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, "gi");
    closingTagPatterns.set(name, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** The end of the element closed at `closeStart` (a `</name` found by findClosingTag). */
export function closingTagEnd(html: string, closeStart: number): number {
  return tagEnd(html, closeStart + 2);
}

/** Reads the markup starting at `start` (a `<`), or null when that `<` is plain text. */
export function readMarkup(html: string, start: number): Markup | null {
  if (html.startsWith("<!--", start)) {
    // `<!-->` and `<!--->` are complete (empty) comments for the HTML tokenizer.
    if (html.startsWith("<!-->", start)) return comment(start + 5);
    if (html.startsWith("<!--->", start)) return comment(start + 6);
    const close = html.indexOf("-->", start + 4);
    return comment(close === -1 ? html.length : close + 3);
  }
  const next = html.charCodeAt(start + 1);
  if (next === 0x21 || next === 0x3f) {
    const close = html.indexOf(">", start + 2);
    return { end: close === -1 ? html.length : close + 1, kind: "other", name: "", closing: false, attributes: false };
  }
  const closing = next === 0x2f;
  const nameStart = start + (closing ? 2 : 1);
  if (!isAsciiLetter(html.charCodeAt(nameStart))) return null;
  let nameEnd = nameStart + 1;
  while (nameEnd < html.length) {
    const code = html.charCodeAt(nameEnd);
    if (isHtmlSpace(code) || code === 0x2f || code === 0x3e) break;
    nameEnd++;
  }
  const name = html.slice(nameStart, nameEnd).toLowerCase();
  const end = tagEnd(html, nameEnd);
  const attributes = /[^\t\n\f\r />]/.test(html.slice(nameEnd, end));
  if (closing || !RAW_TEXT.has(name)) return { end, kind: "tag", name, closing, attributes };
  const close = findClosingTag(html, name, end);
  return { end: close === -1 ? html.length : closingTagEnd(html, close), kind: "raw", name, closing: false, attributes };
}

function comment(end: number): Markup {
  return { end, kind: "comment", name: "", closing: false, attributes: false };
}
