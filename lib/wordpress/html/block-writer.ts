import type { BlockNode, InlineNode, RichTextMark, TextNode } from "../../rich-text/types";

/**
 * Collects the blocks of one level of the document (the body, a list item, a quote…) and the
 * inline content of the text block being written at that level. Inline content is normalised
 * as a browser would show it (collapsed spaces, no space at a line's start or end), so that the
 * sanitizer finds nothing to change and paragraphs left empty are never emitted.
 */
export class BlockWriter {
  readonly blocks: BlockNode[] = [];
  private inline: InlineNode[] = [];

  constructor(private readonly textBlock: (content: InlineNode[]) => BlockNode = paragraph) {}

  text(value: string, marks?: RichTextMark[], preformatted = false): void {
    if (preformatted) {
      withoutControlCharacters(value)
        .split("\n")
        .forEach((line, index) => {
          if (index > 0) this.hardBreak();
          this.append(line, marks);
        });
      return;
    }
    let text = withoutControlCharacters(value.replace(/[\t\n\f\r ]+/g, " "));
    if (text.startsWith(" ") && this.followsSpace()) text = text.slice(1);
    this.append(text, marks);
  }

  hardBreak(): void {
    this.trimEnd();
    this.inline.push({ type: "hardBreak" });
  }

  /** Inline content already written elsewhere (a table cell), normalised again in its new place. */
  inlineContent(nodes: readonly InlineNode[]): void {
    for (const node of nodes) {
      if (node.type === "hardBreak") this.hardBreak();
      else this.text(node.text, node.marks);
    }
  }

  block(node: BlockNode): void {
    this.flush();
    this.blocks.push(node);
  }

  flush(): void {
    this.trimEnd();
    const content = this.inline;
    this.inline = [];
    while (content[0]?.type === "hardBreak") content.shift();
    while (content.at(-1)?.type === "hardBreak") content.pop();
    if (hasVisibleText(content)) this.blocks.push(this.textBlock(content));
  }

  private followsSpace(): boolean {
    const last = this.inline.at(-1);
    return !last || last.type === "hardBreak" || last.text.endsWith(" ");
  }

  private append(text: string, marks: RichTextMark[] | undefined): void {
    if (text === "") return;
    const last = this.inline.at(-1);
    if (last?.type === "text" && sameMarks(last.marks, marks)) last.text += text;
    else this.inline.push(marks && marks.length > 0 ? { type: "text", text, marks } : { type: "text", text });
  }

  private trimEnd(): void {
    const last = this.inline.at(-1);
    if (last?.type !== "text") return;
    let end = last.text.length;
    while (end > 0 && (last.text[end - 1] === " " || last.text[end - 1] === "\t")) end--;
    last.text = last.text.slice(0, end);
    if (last.text === "") this.inline.pop();
  }
}

export function paragraph(content: InlineNode[]): BlockNode {
  return { type: "paragraph", content };
}

/** The sanitizer's own test for a paragraph worth keeping. */
export function hasVisibleText(content: readonly InlineNode[]): boolean {
  return content.some((node) => node.type === "text" && /\S/.test(node.text));
}

function sameMarks(a: RichTextMark[] | undefined, b: RichTextMark[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  if (left.length !== right.length) return false;
  return left.every((mark, index) => {
    const other = right[index];
    if (mark.type !== other?.type) return false;
    return mark.type !== "link" || (other.type === "link" && mark.attrs.href === other.attrs.href);
  });
}

/** The sanitizer drops every control character but tabs and newlines; dropping them first keeps it idle. */
function withoutControlCharacters(value: string): string {
  let result = "";
  let kept = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f) {
      result += value.slice(kept, i);
      kept = i + 1;
    }
  }
  return kept === 0 ? value : result + value.slice(kept);
}

/**
 * The inline content of blocks, one after the other with a space between them; their images are
 * put aside in `images` (an image cannot sit in a line of text).
 */
export function blocksAsInline(blocks: readonly BlockNode[], images: BlockNode[]): InlineNode[] {
  const inline: InlineNode[] = [];
  const add = (nodes: readonly InlineNode[]) => {
    if (nodes.length === 0) return;
    if (inline.length > 0) inline.push({ type: "text", text: " " } satisfies TextNode);
    for (const node of nodes) inline.push(node);
  };
  const visit = (block: BlockNode): void => {
    switch (block.type) {
      case "paragraph":
      case "heading":
        add(block.content);
        break;
      case "bulletList":
      case "orderedList":
        for (const item of block.content) item.content.forEach(visit);
        break;
      case "blockquote":
        block.content.forEach(visit);
        break;
      case "image":
        images.push(block);
        break;
      case "horizontalRule":
        break;
    }
  };
  blocks.forEach(visit);
  return inline;
}
