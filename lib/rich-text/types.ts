/**
 * The only document shape article bodies may take once sanitized. It is a
 * subset of TipTap's StarterKit JSON (plus a custom image node), so a
 * sanitized document can be loaded back into the editor unchanged.
 */

export type BoldMark = { type: "bold" };
export type ItalicMark = { type: "italic" };
export type LinkMark = { type: "link"; attrs: { href: string } };
export type RichTextMark = BoldMark | ItalicMark | LinkMark;

export type TextNode = { type: "text"; text: string; marks?: RichTextMark[] };
export type HardBreakNode = { type: "hardBreak" };
export type InlineNode = TextNode | HardBreakNode;

/** The page title is the only h1, so body headings start at h2. */
export type HeadingLevel = 2 | 3;

export type ParagraphNode = { type: "paragraph"; content: InlineNode[] };
export type HeadingNode = {
  type: "heading";
  attrs: { level: HeadingLevel };
  content: InlineNode[];
};
export type ListItemNode = { type: "listItem"; content: BlockNode[] };
export type BulletListNode = { type: "bulletList"; content: ListItemNode[] };
export type OrderedListNode = {
  type: "orderedList";
  /** `start` is omitted when the list starts at 1. */
  attrs?: { start: number };
  content: ListItemNode[];
};
export type BlockquoteNode = { type: "blockquote"; content: BlockNode[] };
export type HorizontalRuleNode = { type: "horizontalRule" };

export type ImageAttrs = {
  /** Always a site-relative path under `/medias/`. */
  src: string;
  /** May be empty for a decorative image, but never missing. */
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
  mediaId?: string;
};
export type ImageNode = { type: "image"; attrs: ImageAttrs };

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | BlockquoteNode
  | HorizontalRuleNode
  | ImageNode;

export type RichTextDoc = { type: "doc"; content: BlockNode[] };
