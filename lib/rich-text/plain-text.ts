import { sanitizeDocument } from "./sanitize";
import type { BlockNode, InlineNode } from "./types";

const WORDS_PER_MINUTE = 200;

function inlineText(content: InlineNode[]): string {
  return content.map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

/** List items and their inner blocks are one line each, so a list reads as one block. */
function blockText(block: BlockNode): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content).trim();
    case "bulletList":
    case "orderedList":
      return block.content
        .flatMap((item) => item.content.map(blockText))
        .filter((line) => line !== "")
        .join("\n");
    case "blockquote":
      return blocksText(block.content);
    case "image":
      // The caption is visible reading material; alt text and credit are not.
      return block.attrs.caption ?? "";
    case "horizontalRule":
      return "";
  }
}

function blocksText(blocks: BlockNode[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text !== "")
    .join("\n\n");
}

/**
 * Accepts raw stored JSON as well as sanitized documents (sanitizing is
 * idempotent), so search indexing and meta descriptions can never include
 * text that the page itself would not show.
 */
export function toPlainText(doc: unknown): string {
  return blocksText(sanitizeDocument(doc).content);
}

/** French puts spaces before `:`, `;`, `!`, `?` and around `—`; those lone signs are not words. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function readingTimeMinutes(doc: unknown): number {
  return Math.max(1, Math.ceil(countWords(toPlainText(doc)) / WORDS_PER_MINUTE));
}
