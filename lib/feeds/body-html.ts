import { isExternalHref } from "../rich-text/safe-url";
import { sanitizeDocument } from "../rich-text/sanitize";
import type { BlockNode, ImageAttrs, InlineNode, TextNode } from "../rich-text/types";
import { escapeHtml } from "../xml/text";

/**
 * An article body as an HTML string, for feeds only (`content:encoded`, Atom `content`). Pages
 * render bodies with React (components/rich-text); feeds need a string, and RichText's next/image
 * would emit `/_next/image` URLs that mean nothing outside the site. So: the stored JSON goes
 * through the same allow-list (sanitizeDocument) and the clean document is written here, every
 * text and attribute escaped. Links and images are made absolute, since a feed reader has no base URL.
 */
export type BodyHtmlBase = {
  /** The site's origin, no trailing slash (siteUrl()). */
  siteUrl: string;
  /** The article's own absolute URL, base of same-page fragments. */
  articleUrl: string;
};

function absoluteHref(href: string, base: BodyHtmlBase): string {
  if (href.startsWith("#")) return `${base.articleUrl}${href}`;
  if (href.startsWith("/")) return `${base.siteUrl}${href}`;
  return href;
}

function linkOf(node: InlineNode): string | null {
  if (node.type !== "text") return null;
  return node.marks?.find((mark) => mark.type === "link")?.attrs.href ?? null;
}

function formattedText(node: TextNode): string {
  let html = escapeHtml(node.text);
  if (node.marks?.some((mark) => mark.type === "italic")) html = `<em>${html}</em>`;
  if (node.marks?.some((mark) => mark.type === "bold")) html = `<strong>${html}</strong>`;
  return html;
}

/** Adjacent text with the same link stays one <a>, as on the page. */
function inlineHtml(nodes: InlineNode[], base: BodyHtmlBase): string {
  let html = "";
  for (let start = 0; start < nodes.length; ) {
    const href = linkOf(nodes[start]!);
    let end = start + 1;
    while (end < nodes.length && linkOf(nodes[end]!) === href) end++;
    const inner = nodes
      .slice(start, end)
      .map((node) => (node.type === "text" ? formattedText(node) : "<br>"))
      .join("");
    if (href === null) html += inner;
    else {
      const url = absoluteHref(href, base);
      const rel = isExternalHref(url, base.siteUrl) ? ' rel="noopener noreferrer"' : "";
      html += `<a href="${escapeHtml(url)}"${rel}>${inner}</a>`;
    }
    start = end;
  }
  return html;
}

function imageHtml(attrs: ImageAttrs, base: BodyHtmlBase): string {
  // The sanitizer only lets through paths under /medias/, so the image is always the site's own.
  const size = attrs.width && attrs.height ? ` width="${attrs.width}" height="${attrs.height}"` : "";
  const caption = [attrs.caption, attrs.credit].filter((part): part is string => part !== undefined).map(escapeHtml).join(" ");
  return (
    `<figure><img src="${escapeHtml(`${base.siteUrl}${attrs.src}`)}" alt="${escapeHtml(attrs.alt)}"${size}>` +
    (caption ? `<figcaption>${caption}</figcaption>` : "") +
    "</figure>"
  );
}

function blockHtml(block: BlockNode, base: BodyHtmlBase): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineHtml(block.content, base)}</p>`;
    case "heading": {
      const tag = block.attrs.level === 3 ? "h3" : "h2";
      return `<${tag}>${inlineHtml(block.content, base)}</${tag}>`;
    }
    case "bulletList":
      return `<ul>${block.content.map((item) => `<li>${blocksHtml(item.content, base)}</li>`).join("")}</ul>`;
    case "orderedList": {
      const start = block.attrs?.start === undefined ? "" : ` start="${block.attrs.start}"`;
      return `<ol${start}>${block.content.map((item) => `<li>${blocksHtml(item.content, base)}</li>`).join("")}</ol>`;
    }
    case "blockquote":
      return `<blockquote>${blocksHtml(block.content, base)}</blockquote>`;
    case "horizontalRule":
      return "<hr>";
    case "image":
      return imageHtml(block.attrs, base);
  }
}

function blocksHtml(blocks: BlockNode[], base: BodyHtmlBase): string {
  return blocks.map((block) => blockHtml(block, base)).join("");
}

/** Any stored body (raw JSON from the database is fine: it is sanitized here) to an HTML string. */
export function bodyToHtml(body: unknown, base: BodyHtmlBase): string {
  return blocksHtml(sanitizeDocument(body).content, base);
}
