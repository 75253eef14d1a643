import type { BlockNode } from "../../rich-text/types";
import { BlockWriter, blocksAsInline, hasVisibleText } from "./block-writer";
import { isComment, isElement, type Element } from "./dom";
import { problems } from "./problems";
import type { WalkContext } from "./walk-context";
import type { Walker } from "./walker";

const CELL_SEPARATOR = " — ";

/** A table becomes one paragraph per row, its cells joined by a dash; images in cells follow their row. */
export function table(walker: Walker, element: Element, writer: BlockWriter, context: WalkContext): void {
  walker.reportConversion(problems.table());
  writer.flush();
  for (const child of element.childNodes) {
    if (isComment(child)) walker.node(child, writer, context);
    else if (!isElement(child)) continue;
    else if (child.tagName === "caption") walker.boundary(child, writer, context);
    else if (child.tagName === "tr") row(walker, child, writer, context);
    else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
      for (const grandChild of child.childNodes) {
        if (isElement(grandChild) && grandChild.tagName === "tr") row(walker, grandChild, writer, context);
        else if (isComment(grandChild)) walker.node(grandChild, writer, context);
      }
    }
  }
  writer.flush();
}

function row(walker: Walker, element: Element, writer: BlockWriter, context: WalkContext): void {
  const line = new BlockWriter();
  const images: BlockNode[] = [];
  let cells = 0;
  for (const child of element.childNodes) {
    // Text cannot sit in a row (the parser moves it out of the table), but block comments can.
    if (isComment(child)) walker.node(child, line, context);
    if (!isElement(child) || (child.tagName !== "td" && child.tagName !== "th")) continue;
    const cell = new BlockWriter();
    walker.children(child, cell, context);
    cell.flush();
    const inline = blocksAsInline(cell.blocks, images);
    if (!hasVisibleText(inline)) continue;
    if (cells++ > 0) line.text(CELL_SEPARATOR);
    line.inlineContent(inline);
  }
  line.flush();
  for (const block of line.blocks) writer.block(block);
  for (const image of images) writer.block(image);
}
