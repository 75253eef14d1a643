import { readMarkup } from "./markup-scan";
import { problems, type ProblemLog } from "./problems";
import { parseIdList, parseShortcodeAttributes } from "./shortcode-attributes";

/**
 * Shortcodes are expanded in the HTML text before it is parsed, as WordPress does: a caption
 * wraps HTML, and any shortcode may sit in the middle of a paragraph. What the converter must
 * still see is left as a placeholder element that the walk reads back from `placeholders`.
 *
 * A body can spell a placeholder itself; that grants nothing it could not get by writing the
 * shortcode, so the tag name needs no secrecy.
 */
export const PLACEHOLDER_TAG = "kiosque-shortcode";

export type Placeholder = { kind: "gallery"; ids: number[] } | { kind: "caption"; attachmentId?: number };

export type ShortcodeExpansion = { html: string; placeholders: Placeholder[] };

type OpenTag = {
  kind: "open";
  name: string;
  attributes: string;
  start: number;
  end: number;
  selfClosing: boolean;
  close?: CloseTag;
  /** What replaces the closing tag once the opening one is expanded. */
  closingHtml: string;
};
type CloseTag = { kind: "close"; name: string; start: number; end: number; opener?: OpenTag };
type Tag = OpenTag | CloseTag;

// Lowercase names only: WordPress registers its shortcodes in lowercase, while French editorial
// text uses brackets with capitals ([NDLR : …], [Mise à jour]) that must stay text.
const OPEN_TAG = /\[([a-z][a-z0-9_-]*)(?=[\s/\]])([^[\]]{0,2000})\]/y;
const CLOSE_TAG = /\[\/([a-z][a-z0-9_-]*)\]/y;
const SPECIAL = /[[<]/g;

/** Bracketed words of editorial text, even in lowercase: `[sic]` is not a shortcode. */
const EDITORIAL_WORDS = new Set(["sic", "ndlr", "ndt", "nda", "ndla", "ndr", "etc"]);

/** An image, possibly linked, at the start of a caption's content: what is after it is the caption text. */
const CAPTION_IMAGE = /^\s*(?:<a\s[^>]*>\s*)?<img\s[^>]*>(?:\s*<\/a>)?/i;
const CAPTION_IMAGE_SEARCH_CHARS = 4000;

/** Shortcode tags outside markup, in order. Linear: every step moves forward. */
function lex(html: string): Tag[] {
  const tags: Tag[] = [];
  SPECIAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SPECIAL.exec(html)) !== null) {
    const at = match.index;
    if (html[at] === "<") {
      const markup = readMarkup(html, at);
      if (markup) SPECIAL.lastIndex = markup.end;
      continue;
    }
    CLOSE_TAG.lastIndex = at;
    const close = CLOSE_TAG.exec(html);
    if (close?.[1]) {
      tags.push({ kind: "close", name: close[1], start: at, end: CLOSE_TAG.lastIndex });
      SPECIAL.lastIndex = CLOSE_TAG.lastIndex;
      continue;
    }
    OPEN_TAG.lastIndex = at;
    const open = OPEN_TAG.exec(html);
    if (!open?.[1] || EDITORIAL_WORDS.has(open[1])) continue;
    const attributes = open[2] ?? "";
    const selfClosing = attributes.endsWith("/");
    tags.push({
      kind: "open",
      name: open[1],
      attributes: selfClosing ? attributes.slice(0, -1) : attributes,
      start: at,
      end: OPEN_TAG.lastIndex,
      selfClosing,
      closingHtml: "",
    });
    SPECIAL.lastIndex = OPEN_TAG.lastIndex;
  }
  return tags;
}

/**
 * Gives each opening tag its closing one, as WordPress's regular expression does: the first
 * closing tag of the same name after it, unless that one is taken by an enclosing shortcode of
 * the same name or lies beyond the end of the enclosing shortcode (then the tag encloses nothing).
 */
function pair(tags: Tag[]): void {
  const closes = new Map<string, { list: CloseTag[]; next: number }>();
  for (const tag of tags) {
    if (tag.kind !== "close") continue;
    const queue = closes.get(tag.name);
    if (queue) queue.list.push(tag);
    else closes.set(tag.name, { list: [tag], next: 0 });
  }
  const enclosing: OpenTag[] = [];
  for (const tag of tags) {
    if (tag.kind === "close") {
      if (enclosing.at(-1)?.close === tag) enclosing.pop();
      continue;
    }
    const queue = closes.get(tag.name);
    if (tag.selfClosing || !queue) continue;
    while (queue.next < queue.list.length && (queue.list[queue.next]?.start ?? 0) < tag.end) queue.next++;
    const candidate = queue.list[queue.next];
    const parentClose = enclosing.at(-1)?.close;
    if (!candidate || candidate.opener || (parentClose && candidate.start > parentClose.start)) continue;
    tag.close = candidate;
    candidate.opener = tag;
    enclosing.push(tag);
  }
}

function hasContent(html: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = html.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

class Expander {
  readonly out: string[] = [];
  readonly placeholders: Placeholder[] = [];

  constructor(
    private readonly html: string,
    private readonly log: ProblemLog,
  ) {}

  private placeholder(value: Placeholder): string {
    const index = this.placeholders.push(value) - 1;
    return `<${PLACEHOLDER_TAG} data-index="${index}"></${PLACEHOLDER_TAG}>`;
  }

  /** Writes what replaces an opening tag; returns where the copy of the body resumes. */
  open(tag: OpenTag): number {
    switch (tag.name) {
      case "caption":
      case "wp_caption":
        return this.caption(tag);
      case "gallery":
        return this.gallery(tag);
      default:
        return this.unknown(tag);
    }
  }

  private caption(tag: OpenTag): number {
    if (!tag.close) return tag.end;
    const attributes = parseShortcodeAttributes(tag.attributes);
    const [attachmentId] = parseIdList(/^attachment_(\d+)$/.exec(attributes.get("id") ?? "")?.[1]);
    this.out.push(`<figure>${this.placeholder(attachmentId ? { kind: "caption", attachmentId } : { kind: "caption" })}`);
    // Older captions keep their text in an attribute, and the content is the image alone.
    const captionAttribute = attributes.get("caption");
    if (captionAttribute !== undefined) {
      tag.closingHtml = `<figcaption>${captionAttribute}</figcaption></figure>`;
      return tag.end;
    }
    const searched = this.html.slice(tag.end, Math.min(tag.close.start, tag.end + CAPTION_IMAGE_SEARCH_CHARS));
    const image = CAPTION_IMAGE.exec(searched);
    if (!image) {
      tag.closingHtml = "</figure>";
      return tag.end;
    }
    this.out.push(image[0], "<figcaption>");
    tag.closingHtml = "</figcaption></figure>";
    return tag.end + image[0].length;
  }

  private gallery(tag: OpenTag): number {
    const attributes = parseShortcodeAttributes(tag.attributes);
    const ids = parseIdList(attributes.get("ids") ?? attributes.get("include"));
    if (ids.length === 0) this.log.add(problems.galleryWithoutIds());
    else this.out.push(this.placeholder({ kind: "gallery", ids }));
    return tag.end;
  }

  private unknown(tag: OpenTag): number {
    const kept = tag.close !== undefined && hasContent(this.html, tag.end, tag.close.start);
    this.log.add(problems.unknownShortcode(tag.name, kept));
    if (kept) {
      // A block of its own: what a plugin wraps in a shortcode is usually a box, a tab, a column…
      this.out.push("<div>");
      tag.closingHtml = "</div>";
    }
    return tag.end;
  }
}

/** Replaces every shortcode of the body; escaped ones (`[[name]]`) become their literal text. */
export function expandShortcodes(html: string, log: ProblemLog): ShortcodeExpansion {
  const tags = lex(html);
  if (tags.length === 0) return { html, placeholders: [] };
  pair(tags);
  const expander = new Expander(html, log);
  const { out } = expander;
  let copied = 0;
  for (const tag of tags) {
    if (tag.start < copied) continue;
    if (tag.kind === "close") {
      out.push(html.slice(copied, tag.start), tag.opener?.closingHtml ?? "");
      copied = tag.end;
      continue;
    }
    const last = tag.close ?? tag;
    if (tag.start - 1 >= copied && html[tag.start - 1] === "[" && html[last.end] === "]") {
      out.push(html.slice(copied, tag.start - 1), html.slice(tag.start, last.end));
      copied = last.end + 1;
      continue;
    }
    out.push(html.slice(copied, tag.start));
    copied = expander.open(tag);
  }
  out.push(html.slice(copied));
  return { html: out.join(""), placeholders: expander.placeholders };
}
