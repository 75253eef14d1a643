import { sanitizeDocument } from "./sanitize";
import type { BlockNode, ImageNode } from "./types";

function collect(blocks: BlockNode[], into: ImageNode[]): ImageNode[] {
  for (const block of blocks) {
    if (block.type === "image") into.push(block);
    else if (block.type === "blockquote") collect(block.content, into);
    else if (block.type === "bulletList" || block.type === "orderedList") for (const item of block.content) collect(item.content, into);
  }
  return into;
}

/** The images of a body, in reading order, as the public page renders them (after the allow-list). */
export function bodyImages(doc: unknown): ImageNode[] {
  return collect(sanitizeDocument(doc).content, []);
}

/** The ids of the media a body shows (images inserted from the library carry their id). */
export function bodyMediaIds(doc: unknown): string[] {
  return [...new Set(bodyImages(doc).flatMap((image) => (image.attrs.mediaId ? [image.attrs.mediaId] : [])))];
}
