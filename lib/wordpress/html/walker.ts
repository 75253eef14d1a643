import { isSafeHref } from "../../rich-text/safe-url";
import { BlockWriter } from "./block-writer";
import { attribute, classes, isComment, isElement, isText, type Element, type Node, type ParentNode } from "./dom";
import { BLOCK_ELEMENTS, GALLERY_CLASSES, IGNORED_ELEMENTS, REMOVED_ELEMENTS, REPEATING_CLASSES, STRUCK_ELEMENTS } from "./elements";
import { emitImage, figure, image } from "./figures";
import { unsupportedDepthChange } from "./gutenberg";
import { MAX_ELEMENT_DEPTH } from "./limits";
import { blockquote, list } from "./lists";
import { problems, type ProblemLog } from "./problems";
import { PLACEHOLDER_TAG, type Placeholder } from "./shortcodes";
import { table } from "./tables";
import type { ConversionProblem, ConvertOptions } from "./types";
import { marksOf, type Style, type WalkContext } from "./walk-context";

/** Elements handled apart by the walk that end a paragraph, for the flattened reading of deep markup. */
const FLATTENED_BLOCKS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "figure", "pre"]);

/** Reads the parsed body, element by element, into blocks; what it cannot keep as is goes to the log. */
export class Walker {
  /**
   * Gutenberg blocks open around the current node that were already reported as not converted
   * faithfully: within them, element conversions (their table, their <pre>) are not reported again.
   */
  private unsupportedDepth = 0;

  constructor(
    readonly log: ProblemLog,
    readonly options: ConvertOptions,
    private readonly placeholders: readonly Placeholder[],
  ) {}

  children(parent: ParentNode, writer: BlockWriter, context: WalkContext): void {
    for (const child of parent.childNodes) this.node(child, writer, context);
  }

  node(node: Node, writer: BlockWriter, context: WalkContext): void {
    if (isText(node)) return writer.text(node.value, marksOf(context.style), context.preformatted);
    if (isComment(node)) {
      this.unsupportedDepth = Math.max(0, this.unsupportedDepth + unsupportedDepthChange(node.data));
      return;
    }
    if (!isElement(node)) return;
    if (context.elementDepth >= MAX_ELEMENT_DEPTH) return this.flattenDeep(node, writer, context);
    this.element(node, writer, { ...context, elementDepth: context.elementDepth + 1 });
  }

  /** An element whose content is kept as blocks of their own. */
  boundary(element: Element, writer: BlockWriter, context: WalkContext): void {
    writer.flush();
    this.children(element, writer, context);
    writer.flush();
  }

  reportConversion(problem: ConversionProblem): void {
    if (this.unsupportedDepth === 0) this.log.add(problem);
  }

  flattened(): void {
    this.log.add(problems.nestingFlattened());
  }

  placeholder(element: Element): Placeholder | undefined {
    if (element.tagName !== PLACEHOLDER_TAG) return undefined;
    const index = attribute(element, "data-index") ?? "";
    return /^\d{1,9}$/.test(index) ? this.placeholders[Number(index)] : undefined;
  }

  private element(element: Element, writer: BlockWriter, context: WalkContext): void {
    const name = element.tagName;
    if (REMOVED_ELEMENTS.has(name)) return this.log.add(problems.elementRemoved(name));
    if (IGNORED_ELEMENTS.has(name)) return;
    const classNames = classes(element);
    if (classNames.some((className) => REPEATING_CLASSES.has(className))) return;
    if (!context.gallery && classNames.some((className) => GALLERY_CLASSES.has(className))) context = { ...context, gallery: true };
    switch (name) {
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return this.heading(element, writer, context, Number(name[1]));
      case "ul":
      case "ol":
        return list(this, element, writer, context);
      case "blockquote":
        return blockquote(this, element, writer, context);
      case "table":
        return table(this, element, writer, context);
      case "figure":
        return figure(this, element, writer, context);
      case "img":
        return image(this, element, writer, context);
      case PLACEHOLDER_TAG:
        return this.gallery(element, writer, context);
      case "hr":
        return writer.block({ type: "horizontalRule" });
      case "br":
        return writer.hardBreak();
      case "a":
      case "strong":
      case "b":
      case "em":
      case "i":
      case "span":
        return this.children(element, writer, { ...context, style: this.innerStyle(element, context.style) });
      case "pre":
        if (!context.preformatted) this.reportConversion(problems.preformatted());
        return this.boundary(element, writer, { ...context, preformatted: true });
      case "code":
        if (!context.preformatted) this.reportConversion(problems.code());
        return this.children(element, writer, context);
    }
    if (STRUCK_ELEMENTS.has(name)) this.reportConversion(problems.strikethrough(name));
    if (BLOCK_ELEMENTS.has(name)) return this.boundary(element, writer, context);
    // span, u, font, sup, abbr, cite, unknown elements…: only their text matters.
    this.children(element, writer, context);
  }

  private heading(element: Element, writer: BlockWriter, context: WalkContext, rank: number): void {
    const level = rank <= 2 ? 2 : 3;
    const heading = new BlockWriter((content) => ({ type: "heading", attrs: { level }, content }));
    this.children(element, heading, context);
    heading.flush();
    if (rank !== 2 && rank !== 3 && heading.blocks.some((block) => block.type === "heading")) {
      this.reportConversion(problems.headingConverted(rank, level));
    }
    for (const block of heading.blocks) writer.block(block);
  }

  /** The style inside an element: a link's address once rewritten and checked, bold, italic. */
  private innerStyle(element: Element, style: Style): Style {
    switch (element.tagName) {
      case "strong":
      case "b":
        return { ...style, bold: true };
      case "em":
      case "i":
        return { ...style, italic: true };
      case "a": {
        const written = attribute(element, "href")?.trim() ?? "";
        if (written === "") return style;
        const href = this.options.link(written).trim();
        if (isSafeHref(href)) return { ...style, href };
        this.log.add(problems.linkRemoved(written));
        return style;
      }
      case "span": {
        // The classic editor's toolbar sometimes wrote bold and italic as inline styles.
        const declarations = attribute(element, "style") ?? "";
        const bold = /font-weight\s*:\s*(?:bold|[6-9]00)\b/i.test(declarations);
        const italic = /font-style\s*:\s*italic\b/i.test(declarations);
        return bold || italic ? { ...style, bold: style.bold || bold, italic: style.italic || italic } : style;
      }
      default:
        return style;
    }
  }

  /** A gallery shortcode's images; a placeholder the body spelled itself is just an unknown element. */
  private gallery(element: Element, writer: BlockWriter, context: WalkContext): void {
    const placeholder = this.placeholder(element);
    if (placeholder?.kind !== "gallery") return this.children(element, writer, context);
    for (const id of placeholder.ids) emitImage(this, writer, { src: "", attachmentId: id }, "");
  }

  /**
   * Markup nested deeper than the walk may recurse (an unclosed <b> reopened in every following
   * paragraph nests each one deeper): read with an explicit stack, keeping its text, marks, line
   * breaks, images and paragraphs, but no lists, quotes or headings.
   */
  private flattenDeep(root: Element, writer: BlockWriter, context: WalkContext): void {
    this.flattened();
    const inner: WalkContext = { ...context, figure: undefined };
    const stack: ({ node: Node; style: Style } | "end of block")[] = [{ node: root, style: context.style }];
    while (stack.length > 0) {
      const step = stack.pop();
      if (step === undefined) break;
      if (step === "end of block") {
        writer.flush();
        continue;
      }
      const { node, style } = step;
      if (isText(node)) writer.text(node.value, marksOf(style), context.preformatted);
      if (!isElement(node) || IGNORED_ELEMENTS.has(node.tagName)) continue;
      const name = node.tagName;
      if (REMOVED_ELEMENTS.has(name)) this.log.add(problems.elementRemoved(name));
      else if (name === "br") writer.hardBreak();
      else if (name === "hr") writer.block({ type: "horizontalRule" });
      else if (name === "img") image(this, node, writer, { ...inner, style });
      else {
        if (FLATTENED_BLOCKS.has(name) || BLOCK_ELEMENTS.has(name)) {
          writer.flush();
          stack.push("end of block");
        }
        const childStyle = this.innerStyle(node, style);
        for (let i = node.childNodes.length - 1; i >= 0; i--) {
          const child = node.childNodes[i];
          if (child) stack.push({ node: child, style: childStyle });
        }
      }
    }
  }
}
