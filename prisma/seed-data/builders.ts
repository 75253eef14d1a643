import type {
  BlockNode,
  BlockquoteNode,
  BulletListNode,
  HardBreakNode,
  HeadingNode,
  HorizontalRuleNode,
  ImageNode,
  InlineNode,
  ListItemNode,
  OrderedListNode,
  ParagraphNode,
  RichTextDoc,
  RichTextMark,
  TextNode,
} from "../../lib/rich-text/types";
import { imageSrc, seedImages, type SeedImageName } from "./images";

/**
 * Small builders for TipTap/ProseMirror JSON, so the articles read like text:
 *   doc(p("Un ", b("mot"), " en gras et ", link("un lien", "/actualites/x"), "."))
 * A plain string argument becomes an unmarked text node.
 */

export type Inline = string | InlineNode;

function inline(parts: Inline[]): InlineNode[] {
  return parts.filter((part) => part !== "").map((part) => (typeof part === "string" ? { type: "text", text: part } : part));
}

function withMark(mark: RichTextMark, parts: Inline[]): TextNode[] {
  return inline(parts).flatMap((node) => (node.type === "text" ? [{ ...node, marks: [...(node.marks ?? []), mark] }] : []));
}

function single(nodes: TextNode[]): TextNode {
  const [node] = nodes;
  if (nodes.length !== 1 || !node) throw new Error("a mark builder takes exactly one text");
  return node;
}

export const text = (value: string): TextNode => ({ type: "text", text: value });
export const b = (value: Inline): TextNode => single(withMark({ type: "bold" }, [value]));
export const i = (value: Inline): TextNode => single(withMark({ type: "italic" }, [value]));
export const link = (value: Inline, href: string): TextNode => single(withMark({ type: "link", attrs: { href } }, [value]));
/** a link to another seeded article */
export const articleLink = (value: Inline, slug: string): TextNode => link(value, `/actualites/${slug}`);
export const br = (): HardBreakNode => ({ type: "hardBreak" });

export const p = (...parts: Inline[]): ParagraphNode => ({ type: "paragraph", content: inline(parts) });
export const h2 = (...parts: Inline[]): HeadingNode => ({ type: "heading", attrs: { level: 2 }, content: inline(parts) });
export const h3 = (...parts: Inline[]): HeadingNode => ({ type: "heading", attrs: { level: 3 }, content: inline(parts) });
export const hr = (): HorizontalRuleNode => ({ type: "horizontalRule" });

type ItemInput = Inline | Inline[] | BlockNode[];

function listItem(item: ItemInput): ListItemNode {
  if (Array.isArray(item)) {
    const first = item[0];
    if (first !== undefined && typeof first === "object" && first.type !== "text" && first.type !== "hardBreak") {
      return { type: "listItem", content: item as BlockNode[] };
    }
    return { type: "listItem", content: [p(...(item as Inline[]))] };
  }
  return { type: "listItem", content: [p(item)] };
}

/** Each argument is one item: a string, an inline node, or an array of inline parts. */
export const ul = (...items: ItemInput[]): BulletListNode => ({ type: "bulletList", content: items.map(listItem) });
export const ol = (...items: ItemInput[]): OrderedListNode => ({ type: "orderedList", content: items.map(listItem) });

/** A quotation: each argument is one paragraph (a string or an array of inline parts). */
export const quote = (...paragraphs: (Inline | Inline[])[]): BlockquoteNode => ({
  type: "blockquote",
  content: paragraphs.map((paragraph) => (Array.isArray(paragraph) ? p(...paragraph) : p(paragraph))),
});

/**
 * An image of the seed catalogue inside a body. The seed adds its width, height and mediaId
 * once the Media row exists.
 */
export const figure = (name: SeedImageName, overrides: { alt?: string; caption?: string } = {}): ImageNode => {
  const image = seedImages[name];
  return {
    type: "image",
    attrs: {
      src: imageSrc(name),
      alt: overrides.alt ?? image.alt,
      caption: overrides.caption ?? image.caption,
      credit: image.credit,
    },
  };
};

export const doc = (...content: BlockNode[]): RichTextDoc => ({ type: "doc", content });
