import { sanitizeDocument } from "../../rich-text/sanitize";
import type { ImageNode } from "../../rich-text/types";
import type { BlockWriter } from "./block-writer";
import { splitCredit } from "./credit";
import { attribute, classes, isElement, textContent, type Element, type Node } from "./dom";
import { REMOVED_ELEMENTS } from "./elements";
import { problems } from "./problems";
import { parseIdList } from "./shortcode-attributes";
import type { ImageSource, ResolvedImage } from "./types";
import { marksOf, type WalkContext } from "./walk-context";
import type { Walker } from "./walker";

/** WordPress draws emoji and smileys as images whose alt is the character itself. */
const EMOJI_CLASSES = new Set(["emoji", "wp-smiley"]);

function isEmoji(element: Element): boolean {
  return classes(element).some((name) => EMOJI_CLASSES.has(name)) && (attribute(element, "alt") ?? "").trim() !== "";
}

type FigureContent = { images: number; caption?: Element; attachmentId?: number };

/** Images of a figure (not of the figures inside it), its caption, and a caption shortcode's attachment id. */
function inspect(walker: Walker, figure: Element): FigureContent {
  const content: FigureContent = { images: 0 };
  content.caption = figure.childNodes.find((child): child is Element => isElement(child) && child.tagName === "figcaption");
  const stack: Node[] = [...figure.childNodes];
  while (stack.length > 0 && content.images < 2) {
    const node = stack.pop();
    if (!node || !isElement(node) || node.tagName === "figure" || REMOVED_ELEMENTS.has(node.tagName)) continue;
    if (node.tagName === "img" && !isEmoji(node)) content.images++;
    const placeholder = walker.placeholder(node);
    if (placeholder?.kind === "caption" && placeholder.attachmentId !== undefined) content.attachmentId = placeholder.attachmentId;
    for (const child of node.childNodes) stack.push(child);
  }
  return content;
}

/**
 * A figure with a single image gives that image its caption. Otherwise (a gallery, a table, an
 * embed) the caption is read as an ordinary paragraph.
 */
export function figure(walker: Walker, element: Element, writer: BlockWriter, context: WalkContext): void {
  const content = inspect(walker, element);
  writer.flush();
  if (content.images === 1) {
    const caption = content.caption ? textContent(content.caption, REMOVED_ELEMENTS) : undefined;
    const inner: WalkContext = { ...context, figure: { caption, attachmentId: content.attachmentId } };
    for (const child of element.childNodes) if (child !== content.caption) walker.node(child, writer, inner);
  } else {
    walker.children(element, writer, { ...context, figure: undefined });
  }
  writer.flush();
}

/** Lazy-loading plugins leave a placeholder in `src` and the real address in a data attribute. */
function imageAddress(element: Element): string {
  const src = (attribute(element, "src") ?? "").trim();
  if (src !== "" && !src.startsWith("data:")) return src;
  const lazy = (attribute(element, "data-src") ?? attribute(element, "data-lazy-src") ?? "").trim();
  return lazy || src;
}

function attachmentId(element: Element): number | undefined {
  for (const name of classes(element)) {
    const match = /^wp-image-(\d+)$/.exec(name);
    if (match) return parseIdList(match[1])[0];
  }
  return parseIdList(attribute(element, "data-id"))[0];
}

export function image(walker: Walker, element: Element, writer: BlockWriter, context: WalkContext): void {
  const alt = (attribute(element, "alt") ?? "").replace(/[\t\n\f\r ]+/g, " ").trim();
  if (isEmoji(element)) return writer.text(alt, marksOf(context.style));
  const source = { src: imageAddress(element), attachmentId: attachmentId(element) ?? context.figure?.attachmentId };
  emitImage(walker, writer, source, alt, context.figure?.caption);
}

/**
 * The body's own alt, caption and credit win; the imported media's fill what the body lacks.
 * The node goes through the sanitizer's own rules so it is written exactly as it will be kept.
 */
function imageNode(resolved: ResolvedImage, alt: string, caption?: string, credit?: string): ImageNode | null {
  const attrs = {
    src: resolved.src,
    alt: alt || resolved.alt || "",
    caption: caption ?? resolved.caption,
    credit: credit ?? resolved.credit,
    width: resolved.width,
    height: resolved.height,
    mediaId: resolved.mediaId,
  };
  const [node] = sanitizeDocument({ type: "doc", content: [{ type: "image", attrs }] }).content;
  return node?.type === "image" ? node : null;
}

export function emitImage(
  walker: Walker,
  writer: BlockWriter,
  { src, attachmentId }: { src: string; attachmentId?: number },
  alt: string,
  bodyCaption?: string,
): void {
  const source: ImageSource = attachmentId === undefined ? { src } : { src, attachmentId };
  if (src === "" && attachmentId === undefined) return walker.log.add(problems.imageWithoutSource());
  const { caption, credit } = splitCredit(bodyCaption);
  const resolved = walker.options.image(caption === undefined ? { ...source, alt } : { ...source, alt, caption });
  const node = resolved ? imageNode(resolved, alt, caption, credit) : null;
  // A missing image leaves the text around it in one paragraph, as if it had never been there.
  if (!node) return walker.log.add(problems.imageMissing(source));
  writer.block(node);
}
