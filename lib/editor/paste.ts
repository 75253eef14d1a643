import { isSafeHref } from "../rich-text/safe-url";

/**
 * What is pasted into the body from Word, LibreOffice or Google Docs, reduced to the structure the
 * allow-list keeps (lib/rich-text/sanitize.ts): paragraphs, two levels of headings, bold, italic,
 * links, lists, block quotes, rules and line breaks. Everything else (styles, classes, fonts,
 * colours, spans, Word's `mso-` markup and list markers, Google Docs' wrappers, images from
 * another place) goes, and its text stays.
 *
 * Pure: HTML in, HTML out, with the DOMParser of the page (or of jsdom in the tests). ProseMirror
 * then parses the result against the editor's schema, which would drop anything left over anyway;
 * this step is what keeps the structure that a schema alone loses (Word's lists are paragraphs
 * with a typed-in bullet, Google Docs nests a list directly in a list, Word's "Titre 1" is an h1).
 */
export function cleanPastedHtml(html: string): string {
  const source = new DOMParser().parseFromString(html, "text/html");
  // Copied from this very editor: ProseMirror needs its structure and slice markers as they are;
  // only attributes the schema does not read are taken off (a page can forge the marker).
  if (source.querySelector("[data-pm-slice]")) return keepOwnAttributes(source.body);
  const output = source.implementation.createHTMLDocument("");
  const root = output.createElement("div");
  const cleaner = new Cleaner(output);
  cleaner.blocks(Array.from(source.body.childNodes), root, NO_MARKS);
  normalizeHeadings(root);
  return root.innerHTML;
}

/** The attributes this editor's own HTML carries (lib/editor/extensions.ts). */
const OWN_ATTRIBUTES = new Set(["href", "src", "alt", "width", "height", "start", "data-caption", "data-credit", "data-media-id", "data-pm-slice"]);

function keepOwnAttributes(body: HTMLElement): string {
  for (const element of Array.from(body.querySelectorAll("*"))) {
    if (DROPPED.has(element.localName) && element.localName !== "img") {
      element.remove();
      continue;
    }
    for (const name of element.getAttributeNames()) if (!OWN_ATTRIBUTES.has(name)) element.removeAttribute(name);
  }
  return body.innerHTML;
}

type Marks = { bold: boolean; italic: boolean; href: string | null };
const NO_MARKS: Marks = { bold: false, italic: false, href: null };

type Segment = { kind: "text"; text: string; marks: Marks } | { kind: "break" };

/** Elements whose content is never text to keep: code, metadata, embedded things, form controls. */
const DROPPED = new Set([
  "script",
  "style",
  "meta",
  "link",
  "title",
  "head",
  "xml",
  "template",
  "noscript",
  "object",
  "embed",
  "iframe",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "img",
  "picture",
  "input",
  "button",
  "select",
  "textarea",
  // Word's empty-paragraph filler and its other Office namespaces
  "o:p",
  "v:shape",
  "v:imagedata",
  "w:sdt",
]);

const PARAGRAPHS = new Set(["p", "pre", "dt", "dd", "figcaption", "address", "caption", "summary"]);
const CONTAINERS = new Set([
  "div",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "main",
  "nav",
  "figure",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "dl",
  "details",
  "center",
  "body",
  "html",
  "li",
  "form",
  "fieldset",
]);
const BLOCKS = new Set([...PARAGRAPHS, ...CONTAINERS, "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "hr"]);

const WORD_LIST = /mso-list:\s*l\d+\s+level(\d+)/i;

function styleOf(element: Element, property: string): string | null {
  const style = element.getAttribute("style");
  if (!style) return null;
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, "i").exec(style);
  return match ? match[1]!.trim().toLowerCase() : null;
}

function isBoldWeight(value: string): boolean {
  if (value === "bold" || value === "bolder") return true;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) && number >= 600;
}

/** The marks of what an element holds: its tag, then its own style, which wins (Google Docs' `<b style="font-weight:normal">`). */
function marksOf(element: Element, inherited: Marks): Marks {
  const tag = element.localName;
  let { bold, italic, href } = inherited;
  if (tag === "b" || tag === "strong") bold = true;
  if (tag === "i" || tag === "em") italic = true;
  const weight = styleOf(element, "font-weight");
  if (weight) bold = isBoldWeight(weight);
  const fontStyle = styleOf(element, "font-style");
  if (fontStyle) italic = fontStyle === "italic" || fontStyle === "oblique";
  if (tag === "a") {
    const target = linkTarget(element.getAttribute("href"));
    if (target) href = target;
  }
  return { bold, italic, href };
}

/** A link worth keeping, with Google's redirect (`google.com/url?q=…`) taken off. */
function linkTarget(raw: string | null): string | null {
  if (!raw) return null;
  let href = raw.trim();
  const redirect = /^https:\/\/www\.google\.[a-z.]+\/url\?(.*)$/i.exec(href);
  if (redirect) {
    const target = new URLSearchParams(redirect[1]).get("q");
    if (target) href = target;
  }
  return isSafeHref(href) ? href : null;
}

function isWordListMarker(element: Element): boolean {
  return /mso-list:\s*ignore/i.test(element.getAttribute("style") ?? "");
}

function wordListLevel(element: Element): number | null {
  if (!(PARAGRAPHS.has(element.localName) || /^h[1-6]$/.test(element.localName))) return null;
  const match = WORD_LIST.exec(element.getAttribute("style") ?? "");
  return match ? Number(match[1]) : null;
}

/** The bullet or number Word types in front of a list paragraph ("1.", "a)", "·", "o", "§"). */
function wordListMarkerText(element: Element): string {
  let text = "";
  let inMarker = false;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 8) {
        const data = (child as Comment).data.trim();
        if (/^\[if !supportLists\]/i.test(data)) inMarker = true;
        else if (/^\[endif\]/i.test(data)) inMarker = false;
      } else if (child.nodeType === 1 && isWordListMarker(child as Element)) {
        text += child.textContent ?? "";
      } else if (child.nodeType === 3 && inMarker) {
        text += child.textContent ?? "";
      } else if (child.nodeType === 1) {
        if (inMarker) text += child.textContent ?? "";
        else walk(child);
      }
    }
  };
  walk(element);
  return text.replace(/[\s\u00a0]+/g, "").trim();
}

const ORDERED_MARKER = /^\(?(\d{1,6}|[a-z]|[ivxlcdm]{1,6})[.)]$/i;

class Cleaner {
  /** inside Word's `<![if !supportLists]>` … `<![endif]>`: the typed-in bullet, not text */
  private skipping = false;

  constructor(private readonly doc: Document) {}

  /** Block context: inline runs become paragraphs, block elements their clean equivalent. */
  blocks(nodes: Node[], out: Element, marks: Marks): void {
    let run: Segment[] = [];
    const flush = () => {
      this.appendParagraph(out, "p", run);
      run = [];
    };
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (this.skipComment(node) || this.skipping) continue;
      if (node.nodeType === 3) {
        run.push(...this.inline(node, marks));
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      const tag = element.localName;
      if (DROPPED.has(tag) || isWordListMarker(element)) continue;
      if (wordListLevel(element) !== null) {
        flush();
        index = this.wordList(nodes, index, out) - 1;
        continue;
      }
      if (/^h[1-6]$/.test(tag)) {
        flush();
        this.appendParagraph(out, "h", this.inlineChildren(element, marksOf(element, marks)), Number(tag[1]));
      } else if (tag === "ul" || tag === "ol") {
        flush();
        const list = this.list(element, marks);
        if (list) out.append(list);
      } else if (tag === "blockquote") {
        flush();
        const quote = this.doc.createElement("blockquote");
        this.blocks(Array.from(element.childNodes), quote, marks);
        if (quote.childNodes.length > 0) out.append(quote);
      } else if (tag === "hr") {
        flush();
        out.append(this.doc.createElement("hr"));
      } else if (PARAGRAPHS.has(tag) && !hasBlockInside(element)) {
        flush();
        this.appendParagraph(out, "p", this.inlineChildren(element, marksOf(element, marks)));
      } else if (CONTAINERS.has(tag) || PARAGRAPHS.has(tag) || hasBlockInside(element)) {
        // A wrapper around blocks (a div, a table cell, Google Docs' `<b id="docs-internal-guid-…">`).
        flush();
        this.blocks(Array.from(element.childNodes), out, marksOf(element, marks));
      } else {
        run.push(...this.inline(element, marks));
      }
    }
    flush();
  }

  /** Inline context: text with its marks, and line breaks; every other element is see-through. */
  private inline(node: Node, marks: Marks): Segment[] {
    if (this.skipComment(node) || this.skipping) return [];
    if (node.nodeType === 3) {
      const text = (node.textContent ?? "").replace(/[ \t\n\r\f]+/g, " ");
      return text === "" ? [] : [{ kind: "text", text, marks }];
    }
    if (node.nodeType !== 1) return [];
    const element = node as Element;
    if (DROPPED.has(element.localName) || isWordListMarker(element)) return [];
    if (element.localName === "br") return [{ kind: "break" }];
    return this.inlineChildren(element, marksOf(element, marks));
  }

  private inlineChildren(element: Element, marks: Marks): Segment[] {
    const segments: Segment[] = [];
    for (const child of Array.from(element.childNodes)) segments.push(...this.inline(child, marks));
    return segments;
  }

  /** Word's conditional comments around a list paragraph's typed-in bullet. */
  private skipComment(node: Node): boolean {
    if (node.nodeType !== 8) return false;
    const data = (node as Comment).data.trim();
    if (/^\[if !supportLists\]/i.test(data)) this.skipping = true;
    else if (/^\[endif\]/i.test(data)) this.skipping = false;
    return true;
  }

  private list(element: Element, marks: Marks): Element | null {
    const list = this.doc.createElement(element.localName === "ol" ? "ol" : "ul");
    const start = Number(element.getAttribute("start"));
    if (list.localName === "ol" && Number.isInteger(start) && start > 1 && start <= 1_000_000) list.setAttribute("start", String(start));
    let stray: Node[] = [];
    const flushStray = () => {
      // Content between items (text, a paragraph): an item of its own.
      if (stray.length === 0) return;
      const item = this.doc.createElement("li");
      this.blocks(stray, item, marks);
      if (item.childNodes.length > 0) list.append(item);
      stray = [];
    };
    for (const child of Array.from(element.childNodes)) {
      const tag = child.nodeType === 1 ? (child as Element).localName : null;
      if (tag === "ul" || tag === "ol") {
        flushStray();
        // Google Docs puts a sub-list straight into its list: it belongs to the item before it.
        const nested = this.list(child as Element, marks);
        if (!nested) continue;
        let last = list.lastElementChild;
        if (!last) {
          last = this.doc.createElement("li");
          list.append(last);
        }
        last.append(nested);
      } else if (tag === "li") {
        flushStray();
        const item = this.doc.createElement("li");
        this.blocks(Array.from(child.childNodes), item, marks);
        if (item.childNodes.length > 0) list.append(item);
      } else {
        stray.push(child);
      }
    }
    flushStray();
    return list.childNodes.length > 0 ? list : null;
  }

  /**
   * Word's lists: consecutive paragraphs styled `mso-list:l0 level2 lfo1`, each with its bullet or
   * number typed in front. Rebuilt as nested lists; returns the index after the last one.
   */
  private wordList(nodes: Node[], from: number, out: Element): number {
    const stack: { level: number; list: Element }[] = [];
    let index = from;
    for (; index < nodes.length; index++) {
      const node = nodes[index]!;
      if ((node.nodeType === 3 && !(node.textContent ?? "").trim()) || (node.nodeType === 8 && !/^\[(if|endif)/i.test((node as Comment).data.trim()))) continue;
      if (node.nodeType !== 1) break;
      const element = node as Element;
      const level = wordListLevel(element);
      if (level === null) break;
      const marker = wordListMarkerText(element);
      const tag = ORDERED_MARKER.test(marker) ? "ol" : "ul";
      while (stack.length > 0 && stack.at(-1)!.level > level) stack.pop();
      let top = stack.at(-1);
      if (top && top.level === level && top.list.localName !== tag) {
        stack.pop();
        top = undefined;
      }
      if (!top || top.level < level) {
        const list = this.doc.createElement(tag);
        const number = Number.parseInt(marker, 10);
        if (tag === "ol" && Number.isInteger(number) && number > 1 && number <= 1_000_000) list.setAttribute("start", String(number));
        const parentItem = top?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else out.append(list);
        top = { level, list };
        stack.push(top);
      }
      const item = this.doc.createElement("li");
      this.skipping = false;
      this.appendParagraph(item, "p", this.inlineChildren(element, marksOf(element, NO_MARKS)));
      this.skipping = false;
      if (item.childNodes.length > 0) top.list.append(item);
    }
    // Drop lists left empty (items with nothing but their bullet).
    for (const list of Array.from(out.querySelectorAll("ul:empty, ol:empty"))) list.remove();
    return index;
  }

  /** A paragraph or heading from an inline run: spaces collapsed, edges trimmed, nothing if no text. */
  private appendParagraph(out: Element, kind: "p" | "h", run: Segment[], level = 2): void {
    // Headings carry their weight themselves: bold inside one is noise from the source's styles.
    const segments = tidy(kind === "h" ? run.map((segment) => (segment.kind === "text" ? { ...segment, marks: { ...segment.marks, bold: false } } : segment)) : run);
    if (!segments.some((segment) => segment.kind === "text" && segment.text.trim() !== "")) return;
    const block = this.doc.createElement(kind === "p" ? "p" : "h2");
    if (kind === "h") block.setAttribute("data-level", String(level));
    for (const segment of segments) block.append(this.render(segment));
    out.append(block);
  }

  private render(segment: Segment): Node {
    if (segment.kind === "break") return this.doc.createElement("br");
    let node: Node = this.doc.createTextNode(segment.text);
    if (segment.marks.italic) node = this.wrap("em", node);
    if (segment.marks.bold) node = this.wrap("strong", node);
    if (segment.marks.href) {
      const link = this.wrap("a", node);
      link.setAttribute("href", segment.marks.href);
      node = link;
    }
    return node;
  }

  private wrap(tag: string, child: Node): Element {
    const element = this.doc.createElement(tag);
    element.append(child);
    return element;
  }
}

function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

/** Adjacent text with the same marks merged, runs of spaces collapsed, no space or break at the edges. */
function tidy(run: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of run) {
    const last = merged.at(-1);
    if (segment.kind === "text") {
      const previousEndsWithSpace = last?.kind === "text" ? last.text.endsWith(" ") : last === undefined || last.kind === "break";
      const text = previousEndsWithSpace ? segment.text.replace(/^ +/, "") : segment.text;
      if (text === "") continue;
      if (last?.kind === "text" && sameMarks(last.marks, segment.marks)) last.text += text;
      else merged.push({ kind: "text", text, marks: segment.marks });
    } else {
      // A space before a line break is invisible: drop it.
      if (last?.kind === "text") last.text = last.text.replace(/ +$/, "");
      merged.push(segment);
    }
  }
  while (merged[0]?.kind === "break") merged.shift();
  while (merged.at(-1)?.kind === "break") merged.pop();
  const last = merged.at(-1);
  if (last?.kind === "text") last.text = last.text.replace(/ +$/, "");
  return merged.filter((segment) => segment.kind === "break" || segment.text !== "");
}

function hasBlockInside(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    if (BLOCKS.has(child.localName) || wordListLevel(child) !== null || hasBlockInside(child)) return true;
  }
  return false;
}

/**
 * The article's title is the page's only h1 and the body has two levels: the pasted headings keep
 * their order of importance, the highest becoming h2, every lower one h3 (no level is skipped).
 */
function normalizeHeadings(root: Element): void {
  const headings = Array.from(root.querySelectorAll("[data-level]"));
  const levels = [...new Set(headings.map((heading) => Number(heading.getAttribute("data-level"))))].sort((a, b) => a - b);
  for (const heading of headings) {
    const rank = levels.indexOf(Number(heading.getAttribute("data-level")));
    const replacement = root.ownerDocument.createElement(rank === 0 ? "h2" : "h3");
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
}
