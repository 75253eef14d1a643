import { parseFragment, type DefaultTreeAdapterTypes } from "parse5";
import { readMarkup } from "./markup-scan";

export type Node = DefaultTreeAdapterTypes.ChildNode;
export type Element = DefaultTreeAdapterTypes.Element;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;
export type Fragment = DefaultTreeAdapterTypes.DocumentFragment;

export function isElement(node: Node): node is Element {
  return "tagName" in node;
}

export function isText(node: Node): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === "#text";
}

export function isComment(node: Node): node is DefaultTreeAdapterTypes.CommentNode {
  return node.nodeName === "#comment";
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function classes(element: Element): string[] {
  return (attribute(element, "class") ?? "").split(/[\t\n\f\r ]+/).filter(Boolean);
}

/**
 * The formatting elements (b, i, font…) that HTML reopens in every new paragraph while they are
 * left unclosed. Two of them with different attributes are kept side by side, so a body of
 * `<p><b class="1">…</p><p><b class="2">…` makes the parser's work grow with the square of its
 * size; with no attributes, the HTML algorithm keeps at most three alike. We never read them.
 */
const FORMATTING = new Set(["b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);

function withoutFormattingAttributes(html: string): string {
  const out: string[] = [];
  let copied = 0;
  let i = html.indexOf("<");
  while (i !== -1) {
    const markup = readMarkup(html, i);
    if (markup?.kind === "tag" && !markup.closing && markup.attributes && FORMATTING.has(markup.name)) {
      out.push(html.slice(copied, i), `<${markup.name}>`);
      copied = markup.end;
    }
    i = html.indexOf("<", markup ? markup.end : i + 1);
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join("");
}

export function parseBody(html: string): Fragment {
  return parseFragment(withoutFormattingAttributes(html));
}

const HTML_SPACES = /[\t\n\f\r ]+/g;

/**
 * The text of an element on one line (a caption), without the content of `skipped` elements.
 * An explicit stack: this may run on markup of any depth.
 */
export function textContent(root: Element, skipped: ReadonlySet<string>): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (isText(node)) parts.push(node.value);
    else if (isElement(node) && !skipped.has(node.tagName)) {
      if (node.tagName === "br") parts.push(" ");
      for (let i = node.childNodes.length - 1; i >= 0; i--) {
        const child = node.childNodes[i];
        if (child) stack.push(child);
      }
    }
  }
  return parts.join("").replace(HTML_SPACES, " ").replace(/^ | $/g, "");
}
