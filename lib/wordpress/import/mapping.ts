/**
 * How one WordPress post becomes an article: its status, its dates, its chapô, its slug. Pure
 * functions, the import's rules in one place (docs/decisions/0018-wordpress-import.md).
 */
import { createHash } from "node:crypto";
import { parseFragment } from "parse5";
import { EXCERPT_MAX_LENGTH, TITLE_MAX_LENGTH } from "../../admin/articles/schema";
import { isSlug, slugify, SLUG_MAX_LENGTH } from "../../slug";
import { decodeOrKeep } from "../legacy-path";
import type { WxrItem } from "../wxr";

export type ImportedStatus = "PUBLISHED" | "SCHEDULED" | "DRAFT" | "IN_REVIEW";

/** A post's status here, or why it stays out (in French, for the report). */
export function mapStatus(status: string): { status: ImportedStatus } | { skipped: string } {
  switch (status) {
    case "publish":
      return { status: "PUBLISHED" };
    case "future":
      return { status: "SCHEDULED" };
    case "draft":
      return { status: "DRAFT" };
    case "pending":
      return { status: "IN_REVIEW" };
    case "private":
      return { skipped: "article privé : laissé de côté (Kiosque ne publie rien pour quelques-uns)" };
    case "trash":
      return { skipped: "article à la corbeille de WordPress : laissé de côté" };
    case "auto-draft":
      return { skipped: "brouillon automatique de WordPress, jamais écrit : laissé de côté" };
    default:
      return { skipped: `statut WordPress « ${status || "aucun"} » inconnu : laissé de côté` };
  }
}

const WORDPRESS_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function parts(value: string): [number, number, number, number, number, number] | null {
  const match = WORDPRESS_DATE.exec(value.trim());
  if (!match || match[1] === "0000") return null;
  const numbers = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return numbers;
}

/** The offset of `timeZone` from UTC at that instant, in minutes (Europe/Paris: 60 or 120). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const fields = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
    .formatToParts(instant)
    .reduce<Record<string, number>>((all, part) => (part.type === "literal" ? all : { ...all, [part.type]: Number(part.value) }), {});
  const asUtc = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * The moment of a post: its GMT date when WordPress wrote one, otherwise (drafts carry
 * "0000-00-00 00:00:00") its local date read in the old site's time zone. Null when neither is a date.
 */
export function postInstant(localDate: string, gmtDate: string, timeZone: string): Date | null {
  const gmt = parts(gmtDate);
  if (gmt) return new Date(Date.UTC(gmt[0], gmt[1] - 1, gmt[2], gmt[3], gmt[4], gmt[5]));
  const local = parts(localDate);
  if (!local) return null;
  const naive = Date.UTC(local[0], local[1] - 1, local[2], local[3], local[4], local[5]);
  // Two passes: the offset at the guess, then at the corrected instant (right across a DST change).
  let instant = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60_000);
  instant = new Date(naive - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
}

type HtmlNode = { nodeName: string; value?: string; childNodes?: HtmlNode[] };

/**
 * Text of an HTML fragment, spaces collapsed (entities decoded by the parser). A script's or a
 * style's text is left out, unless `keepScriptText` (a title such as "<script>alert(1)</script>" is
 * shown as those words, escaped, rather than lost).
 */
export function htmlText(html: string, keepScriptText = false): string {
  const texts: string[] = [];
  const walk = (node: HtmlNode) => {
    if (node.nodeName === "#text") texts.push(node.value ?? "");
    else if (node.nodeName === "br" || node.nodeName === "p") texts.push(" ");
    if ((node.nodeName === "script" || node.nodeName === "style") && !keepScriptText) return;
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html) as unknown as HtmlNode);
  return texts.join("").replace(/\s+/g, " ").trim();
}

/** Cut at a word boundary to fit, with an ellipsis when anything was cut. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The chapô: the post's excerpt as text, or the body's first paragraph when it has none. */
export function chapo(excerptHtml: string, firstParagraph: string): { text: string; fromBody: boolean } {
  const excerpt = htmlText(excerptHtml);
  if (excerpt) return { text: fitText(excerpt, EXCERPT_MAX_LENGTH), fromBody: false };
  return { text: fitText(firstParagraph.replace(/\s+/g, " ").trim(), EXCERPT_MAX_LENGTH), fromBody: true };
}

/** A title as text; `hadMarkup` when tags were taken out of it (the report says so). */
export function importedTitle(title: string, postId: number): { text: string; hadMarkup: boolean } {
  const text = htmlText(title, true);
  return { text: fitText(text || `Article WordPress n° ${postId}`, TITLE_MAX_LENGTH), hadMarkup: /<[a-z!/]/i.test(title) };
}

/** A slug of this site for a WordPress slug (percent-encoded when not Latin) or, failing that, the title. */
export function slugCandidate(postName: string, title: string, postId: number): string {
  const fromName = decodeOrKeep(postName.trim()).toLowerCase();
  if (isSlug(fromName) && fromName.length <= SLUG_MAX_LENGTH) return fromName;
  return slugify(fromName) || slugify(title) || `article-${postId}`;
}

/**
 * A taxonomy slug of this site for a WordPress term: its nicename, decoded, or its name; for a name
 * with no Latin letter ("العربية", "中文"), `prefix` and a short hash of the name, so that the same
 * term always gets the same slug (its name is kept as it is).
 */
export function termSlug(slug: string, name: string, prefix: string): string {
  const fromSlug = decodeOrKeep(slug.trim()).toLowerCase();
  if (isSlug(fromSlug)) return fromSlug;
  const latin = slugify(fromSlug) || slugify(name);
  if (latin) return latin;
  const text = name.trim() || fromSlug;
  return text ? `${prefix}-${createHash("sha256").update(text.normalize("NFC")).digest("hex").slice(0, 8)}` : "";
}

/**
 * What the import takes from a post, hashed: a second import updates an article only when this
 * changed in WordPress, and never undoes what the newsroom changed here since.
 */
export function postHash(item: WxrItem, thumbnailId: number | null): string {
  const relevant = {
    title: item.title,
    content: item.content,
    excerpt: item.excerpt,
    status: item.status,
    postName: item.postName,
    postDate: item.postDate,
    postDateGmt: item.postDateGmt,
    creator: item.creator,
    terms: item.categories.map((term) => `${term.taxonomy}:${term.slug}`).sort(),
    thumbnailId,
  };
  return createHash("sha256").update(JSON.stringify(relevant)).digest("hex");
}
