import { z } from "zod";
import { isSafeHref, isSafeImageSrc } from "./safe-url";
import type {
  BlockNode,
  HeadingLevel,
  ImageAttrs,
  InlineNode,
  ListItemNode,
  RichTextDoc,
  RichTextMark,
  TextNode,
} from "./types";

export { isSafeHref, isSafeImageSrc } from "./safe-url";

/**
 * Policy for untrusted input:
 * - Unknown node types are dropped together with everything inside them. The
 *   editor uses this same allow-list, so unknown nodes only come from hostile
 *   or foreign input, and we cannot know whether their text was meant to be
 *   shown (an `iframe` fallback, a `script`-like node, a table cell...).
 * - Unknown marks and links with an unsafe href are dropped; their text stays.
 * - Nodes in the wrong place (text directly in a list, a paragraph inside a
 *   paragraph) are dropped, as are blocks left empty after sanitizing.
 * - Depth, visited items and total text are bounded, so hostile nesting or
 *   size cannot exhaust the stack or memory of the server rendering a page.
 * Properties are read as own data properties only: getters are never called
 * and `__proto__` is just an ordinary (ignored) key. The output is built from
 * fresh literals, never by copying input objects.
 */
export const RICH_TEXT_LIMITS = {
  maxDepth: 20,
  maxVisitedItems: 20_000,
  maxTextChars: 200_000,
  maxAttrChars: 1_000,
  maxImageDimension: 20_000,
} as const;

/** `depth` is the depth of the nodes being walked: the doc's own blocks are at depth 1. */
type Context = { depth: number; visits: number; textChars: number };

function own(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor && "value" in descriptor ? descriptor.value : undefined;
}

function* items(value: unknown, ctx: Context): Generator<unknown> {
  if (!Array.isArray(value)) return;
  const length = value.length;
  for (let i = 0; i < length; i++) {
    // Every item costs a visit, even rejected ones, so a huge array of junk is bounded too.
    if (ctx.visits >= RICH_TEXT_LIMITS.maxVisitedItems) return;
    ctx.visits++;
    yield own(value, String(i));
  }
}

function nested<T>(ctx: Context, walk: () => T): T | null {
  if (ctx.depth >= RICH_TEXT_LIMITS.maxDepth) return null;
  ctx.depth++;
  try {
    return walk();
  } finally {
    ctx.depth--;
  }
}

/** Tabs and newlines are legitimate in text; other control characters are invalid in HTML. */
function isForbiddenControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f;
}

function stripControlChars(value: string): string {
  let result = "";
  let kept = 0;
  for (let i = 0; i < value.length; i++) {
    if (isForbiddenControl(value.charCodeAt(i))) {
      result += value.slice(kept, i);
      kept = i + 1;
    }
  }
  return kept === 0 ? value : result + value.slice(kept);
}

function cleanString(value: string, maxLength: number): string {
  let text = stripControlChars(value.replace(/\r\n?/g, "\n"));
  if (text.length > maxLength) {
    text = text.slice(0, maxLength);
    // Never leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  return text;
}

function optionalAttrText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = cleanString(value, RICH_TEXT_LIMITS.maxAttrChars).trim();
  return text === "" ? undefined : text;
}

function sanitizeMarks(value: unknown, ctx: Context): RichTextMark[] {
  let bold = false;
  let italic = false;
  let href: string | undefined;
  for (const mark of items(value, ctx)) {
    const type = own(mark, "type");
    if (type === "bold") bold = true;
    else if (type === "italic") italic = true;
    else if (type === "link" && href === undefined) {
      const candidate = own(own(mark, "attrs"), "href");
      if (typeof candidate === "string" && isSafeHref(candidate.trim())) href = candidate.trim();
    }
  }
  const marks: RichTextMark[] = [];
  if (bold) marks.push({ type: "bold" });
  if (italic) marks.push({ type: "italic" });
  if (href !== undefined) marks.push({ type: "link", attrs: { href } });
  return marks;
}

function sanitizeText(node: unknown, ctx: Context): TextNode | null {
  const raw = own(node, "text");
  if (typeof raw !== "string") return null;
  const remaining = RICH_TEXT_LIMITS.maxTextChars - ctx.textChars;
  const text = cleanString(raw, Math.max(0, remaining));
  if (text === "") return null;
  ctx.textChars += text.length;
  const marks = sanitizeMarks(own(node, "marks"), ctx);
  return marks.length > 0 ? { type: "text", text, marks } : { type: "text", text };
}

function sanitizeInlineContent(value: unknown, ctx: Context): InlineNode[] | null {
  const inline: InlineNode[] = [];
  for (const item of items(value, ctx)) {
    const type = own(item, "type");
    if (type === "hardBreak") inline.push({ type: "hardBreak" });
    else if (type === "text") {
      const text = sanitizeText(item, ctx);
      if (text) inline.push(text);
    }
  }
  const hasVisibleText = inline.some((node) => node.type === "text" && /\S/.test(node.text));
  return hasVisibleText ? inline : null;
}

function headingLevel(value: unknown): HeadingLevel {
  return typeof value === "number" && Number.isInteger(value) && value >= 3 ? 3 : 2;
}

function orderedListStart(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isInteger(value)) return undefined;
  if (value === 1 || value < 0 || value > 1_000_000) return undefined;
  return value;
}

function dimension(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isInteger(value)) return undefined;
  return value > 0 && value <= RICH_TEXT_LIMITS.maxImageDimension ? value : undefined;
}

function sanitizeImageAttrs(attrs: unknown): ImageAttrs | null {
  const src = own(attrs, "src");
  const alt = own(attrs, "alt");
  if (!isSafeImageSrc(src) || typeof alt !== "string") return null;
  const result: ImageAttrs = { src, alt: cleanString(alt, RICH_TEXT_LIMITS.maxAttrChars).trim() };
  const caption = optionalAttrText(own(attrs, "caption"));
  const credit = optionalAttrText(own(attrs, "credit"));
  const width = dimension(own(attrs, "width"));
  const height = dimension(own(attrs, "height"));
  const mediaId = own(attrs, "mediaId");
  if (caption !== undefined) result.caption = caption;
  if (credit !== undefined) result.credit = credit;
  if (width !== undefined) result.width = width;
  if (height !== undefined) result.height = height;
  if (typeof mediaId === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(mediaId)) result.mediaId = mediaId;
  return result;
}

function sanitizeListItems(value: unknown, ctx: Context): ListItemNode[] | null {
  const listItems: ListItemNode[] = [];
  for (const item of items(value, ctx)) {
    if (own(item, "type") !== "listItem") continue;
    const content = nested(ctx, () => sanitizeBlocks(own(item, "content"), ctx));
    if (content && content.length > 0) listItems.push({ type: "listItem", content });
  }
  return listItems.length > 0 ? listItems : null;
}

function sanitizeBlock(node: unknown, ctx: Context): BlockNode | null {
  const content = own(node, "content");
  const attrs = own(node, "attrs");
  switch (own(node, "type")) {
    case "paragraph": {
      const inline = nested(ctx, () => sanitizeInlineContent(content, ctx));
      return inline ? { type: "paragraph", content: inline } : null;
    }
    case "heading": {
      const inline = nested(ctx, () => sanitizeInlineContent(content, ctx));
      if (!inline) return null;
      return { type: "heading", attrs: { level: headingLevel(own(attrs, "level")) }, content: inline };
    }
    case "bulletList": {
      const listItems = nested(ctx, () => sanitizeListItems(content, ctx));
      return listItems ? { type: "bulletList", content: listItems } : null;
    }
    case "orderedList": {
      const listItems = nested(ctx, () => sanitizeListItems(content, ctx));
      if (!listItems) return null;
      const start = orderedListStart(own(attrs, "start"));
      return start === undefined
        ? { type: "orderedList", content: listItems }
        : { type: "orderedList", attrs: { start }, content: listItems };
    }
    case "blockquote": {
      const blocks = nested(ctx, () => sanitizeBlocks(content, ctx));
      return blocks && blocks.length > 0 ? { type: "blockquote", content: blocks } : null;
    }
    case "horizontalRule":
      return { type: "horizontalRule" };
    case "image": {
      const imageAttrs = sanitizeImageAttrs(attrs);
      return imageAttrs ? { type: "image", attrs: imageAttrs } : null;
    }
    default:
      return null;
  }
}

function sanitizeBlocks(value: unknown, ctx: Context): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const item of items(value, ctx)) {
    const block = sanitizeBlock(item, ctx);
    if (block) blocks.push(block);
  }
  return blocks;
}

/**
 * Turns any value into a document made only of allowed nodes. Never throws on
 * JSON-shaped input; anything that is not a `doc` yields an empty document.
 */
export function sanitizeDocument(input: unknown): RichTextDoc {
  const ctx: Context = { depth: 0, visits: 0, textChars: 0 };
  if (own(input, "type") !== "doc") return { type: "doc", content: [] };
  const content = nested(ctx, () => sanitizeBlocks(own(input, "content"), ctx)) ?? [];
  return { type: "doc", content };
}

/**
 * Write-boundary envelope: a submission that is not even a document is a
 * client error worth reporting, whereas bad nodes inside it are silently
 * cleaned like they would be at render time.
 */
export const richTextInputSchema = z.object({
  type: z.literal("doc"),
  content: z.array(z.unknown()),
});

export type RichTextParseResult =
  | { ok: true; doc: RichTextDoc }
  | { ok: false; error: string };

export function parseRichTextInput(input: unknown): RichTextParseResult {
  if (!richTextInputSchema.safeParse(input).success) {
    return {
      ok: false,
      error:
        "Le contenu de l’article est invalide : un document { type: \"doc\", content: [...] } est attendu.",
    };
  }
  return { ok: true, doc: sanitizeDocument(input) };
}
