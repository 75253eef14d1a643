import type { RichTextMark } from "../../rich-text/types";

export type Style = { bold: boolean; italic: boolean; href?: string };

/** What a figure tells the single image inside it. */
export type FigureCaption = { caption?: string; attachmentId?: number };

export type WalkContext = {
  style: Style;
  /** Inside <pre>: spaces are kept and newlines are line breaks. */
  preformatted: boolean;
  /** Depth of the blocks written at this level, the document's own blocks being at 1 (as in the sanitizer). */
  blockDepth: number;
  /** Elements entered since the root, to bound the recursion. */
  elementDepth: number;
  figure?: FigureCaption;
  /** Inside a gallery, lists are only its layout: their images are read as a row of images. */
  gallery: boolean;
};

export const ROOT_CONTEXT: WalkContext = {
  style: { bold: false, italic: false },
  preformatted: false,
  blockDepth: 1,
  elementDepth: 0,
  gallery: false,
};

/** Marks in the order the sanitizer writes them. */
export function marksOf(style: Style): RichTextMark[] | undefined {
  if (!style.bold && !style.italic && style.href === undefined) return undefined;
  const marks: RichTextMark[] = [];
  if (style.bold) marks.push({ type: "bold" });
  if (style.italic) marks.push({ type: "italic" });
  if (style.href !== undefined) marks.push({ type: "link", attrs: { href: style.href } });
  return marks;
}
