import { readMarkup } from "./markup-scan";
import { problems, type ProblemLog } from "./problems";

/**
 * Gutenberg stores each block between HTML comments: `<!-- wp:name {attrs} -->…<!-- /wp:name -->`,
 * or `<!-- wp:name /-->` for a block whose content is computed when the page is shown.
 */
export type BlockComment = { kind: "open" | "close" | "void"; name: string };

/**
 * convert: its HTML says all there is to say (a paragraph, a list, an image…);
 * keep-text: reported, its content converted like any HTML (its text survives, its layout does not);
 * remove: reported, removed with its content (media players and content computed by WordPress).
 */
export type BlockPolicy = "convert" | "keep-text" | "remove";

const CONVERTED = new Set([
  "paragraph", "heading", "list", "list-item", "quote", "pullquote", "separator", "image", "gallery",
  "shortcode", "group", "row", "stack", "spacer", "more", "nextpage", "freeform", "code", "preformatted", "verse",
]);

const REMOVED = new Set([
  "video", "audio", "block", "latest-posts", "latest-comments", "archives", "calendar", "categories", "rss",
  "search", "tag-cloud", "social-links", "social-link", "navigation", "page-list", "query", "loginout", "comments",
]);

const BLOCK_COMMENT = /^\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)(?:\s([\s\S]*))?$/;

/** Reads the text of an HTML comment (between `<!--` and `-->`) as a block delimiter, if it is one. */
export function readBlockComment(data: string): BlockComment | null {
  const match = BLOCK_COMMENT.exec(data);
  if (!match?.[2]) return null;
  const name = match[2].replace(/^core\//, "");
  if (match[1]) return { kind: "close", name };
  return { kind: (match[3] ?? "").trimEnd().endsWith("/") ? "void" : "open", name };
}

export function blockPolicy(name: string): BlockPolicy {
  if (CONVERTED.has(name)) return "convert";
  return REMOVED.has(name) ? "remove" : "keep-text";
}

export function isGutenberg(html: string): boolean {
  return html.includes("<!-- wp:");
}

/** +1 when a comment opens a block that is not converted faithfully, -1 when it closes one. */
export function unsupportedDepthChange(data: string): number {
  const comment = readBlockComment(data);
  if (!comment || comment.kind === "void" || blockPolicy(comment.name) === "convert") return 0;
  return comment.kind === "open" ? 1 : -1;
}

type Delimiter = { start: number; end: number; comment: BlockComment; partner?: Delimiter };

/** How far down the open blocks a closing comment looks for its opening one: real nesting is shallow. */
const MAX_PAIRING_SEARCH = 64;

function delimiters(html: string): Delimiter[] {
  const found: Delimiter[] = [];
  const open: Delimiter[] = [];
  let i = html.indexOf("<");
  while (i !== -1) {
    const markup = readMarkup(html, i);
    if (markup?.kind === "comment") {
      const comment = readBlockComment(html.slice(i + 4, Math.max(i + 4, markup.end - 3)));
      if (comment) {
        const delimiter: Delimiter = { start: i, end: markup.end, comment };
        found.push(delimiter);
        if (comment.kind === "open") open.push(delimiter);
        else if (comment.kind === "close") {
          const lowest = Math.max(0, open.length - MAX_PAIRING_SEARCH);
          for (let depth = open.length - 1; depth >= lowest; depth--) {
            const opener = open[depth];
            if (opener?.comment.name !== comment.name) continue;
            opener.partner = delimiter;
            delimiter.partner = opener;
            open.length = depth;
            break;
          }
        }
      }
    }
    i = html.indexOf("<", markup ? markup.end : i + 1);
  }
  return found;
}

/**
 * Cuts the blocks to remove out of the body and reports every block not converted faithfully.
 * A block inside one already reported as kept is not reported again (a column inside columns),
 * but a removal always is. A block whose closing comment is missing has no known extent: its
 * text is kept.
 */
export function removeUnsupportedBlocks(html: string, log: ProblemLog): string {
  const out: string[] = [];
  let copied = 0;
  const keptOpen: Delimiter[] = [];
  for (const delimiter of delimiters(html)) {
    if (delimiter.start < copied) continue;
    const { kind, name } = delimiter.comment;
    if (kind === "close") {
      if (keptOpen.at(-1)?.partner === delimiter) keptOpen.pop();
      continue;
    }
    const policy = blockPolicy(name);
    if (policy === "convert") continue;
    if (kind === "void" || (policy === "remove" && delimiter.partner)) {
      log.add(problems.unsupportedBlock(name, false));
      if (delimiter.partner) {
        out.push(html.slice(copied, delimiter.start));
        copied = delimiter.partner.end;
      }
      continue;
    }
    if (keptOpen.length === 0) log.add(problems.unsupportedBlock(name, true));
    if (delimiter.partner) keptOpen.push(delimiter);
  }
  out.push(html.slice(copied));
  return out.join("");
}
