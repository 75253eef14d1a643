import type { ListItemNode } from "../../rich-text/types";
import { BlockWriter } from "./block-writer";
import { attribute, isElement, type Element } from "./dom";
import { MAX_BLOCK_DEPTH } from "./limits";
import type { WalkContext } from "./walk-context";
import type { Walker } from "./walker";

/** The sanitizer's bounds for an ordered list's first number (1 is the default and is left out). */
function listStart(element: Element): number | undefined {
  const value = attribute(element, "start")?.trim() ?? "";
  if (!/^\d{1,7}$/.test(value)) return undefined;
  const start = Number(value);
  return start === 1 || start > 1_000_000 ? undefined : start;
}

export function list(walker: Walker, element: Element, writer: BlockWriter, context: WalkContext): void {
  if (context.gallery) return walker.children(element, writer, context);
  // A list item's blocks sit two levels below the list.
  if (context.blockDepth + 2 > MAX_BLOCK_DEPTH) {
    walker.flattened();
    return walker.boundary(element, writer, context);
  }
  const inner: WalkContext = { ...context, blockDepth: context.blockDepth + 2 };
  const items: ListItemNode[] = [];
  for (const child of element.childNodes) {
    const item = new BlockWriter();
    const isItem = isElement(child) && child.tagName === "li";
    if (isItem) walker.children(child, item, inner);
    else walker.node(child, item, inner);
    item.flush();
    if (item.blocks.length === 0) continue;
    const previous = items.at(-1);
    // Old editors nest a list directly in its parent list: it belongs to the item before it.
    if (isItem || !previous) items.push({ type: "listItem", content: item.blocks });
    else for (const block of item.blocks) previous.content.push(block);
  }
  if (items.length === 0) return writer.flush();
  if (element.tagName === "ul") return writer.block({ type: "bulletList", content: items });
  const start = listStart(element);
  writer.block(start === undefined ? { type: "orderedList", content: items } : { type: "orderedList", attrs: { start }, content: items });
}

export function blockquote(walker: Walker, element: Element, writer: BlockWriter, context: WalkContext): void {
  if (context.blockDepth + 1 > MAX_BLOCK_DEPTH) {
    walker.flattened();
    return walker.boundary(element, writer, context);
  }
  const inner: WalkContext = { ...context, blockDepth: context.blockDepth + 1 };
  const quote = new BlockWriter();
  // Gutenberg puts the quote's source in a <cite> after its paragraphs: it ends the quote.
  const sources: Element[] = [];
  for (const child of element.childNodes) {
    if (isElement(child) && child.tagName === "cite") sources.push(child);
    else walker.node(child, quote, inner);
  }
  for (const source of sources) walker.boundary(source, quote, inner);
  quote.flush();
  if (quote.blocks.length > 0) writer.block({ type: "blockquote", content: quote.blocks });
  else writer.flush();
}
