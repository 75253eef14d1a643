import { expect } from "vitest";
import { sanitizeDocument } from "../../rich-text/sanitize";
import type { BlockNode, InlineNode, ListItemNode, RichTextMark } from "../../rich-text/types";
import { convertWordPressHtml } from "./convert";
import type { Conversion, ConvertOptions, ImageSource, ResolvedImage } from "./types";

/** The old site of the test bodies: its links become site paths, like the importer's permalinks. */
export const OLD_SITE = "https://ancien.example";

type ImageRequest = ImageSource & { alt: string; caption?: string };

/** A media library where every image exists except those named "absente…" and attachment 404. */
export function fakeImage(request: ImageRequest): ResolvedImage | null {
  if (request.src.includes("absente") || request.attachmentId === 404) return null;
  if (request.src === "") return { src: `/medias/piece-${request.attachmentId}.jpg`, mediaId: `piece-${request.attachmentId}` };
  const name = (request.src.split(/[?#]/)[0] ?? "").split("/").pop() ?? "";
  return { src: `/medias/${name.replace(/[^A-Za-z0-9._-]/g, "-")}`, mediaId: `media-${name.replace(/[^A-Za-z0-9_-]/g, "-")}` };
}

export function fakeLink(href: string): string {
  return href.startsWith(`${OLD_SITE}/`) ? `/archives/${href.slice(OLD_SITE.length + 1).replace(/\/$/, "")}` : href;
}

export type TestConversion = Conversion & { imageRequests: ImageRequest[] };

/** Converts with the fake library, and checks what every conversion must hold: nothing left for the sanitizer. */
export function convert(html: string, options: Partial<ConvertOptions> = {}): TestConversion {
  const imageRequests: ImageRequest[] = [];
  const image = options.image ?? fakeImage;
  const result = convertWordPressHtml(html, {
    link: options.link ?? fakeLink,
    image(request) {
      imageRequests.push(request);
      return image(request);
    },
  });
  expect(sanitizeDocument(result.doc)).toStrictEqual(result.doc);
  return { ...result, imageRequests };
}

/** The two parts of a conversion that tests assert exactly. */
export function outcome(html: string, options: Partial<ConvertOptions> = {}): { content: BlockNode[]; problems: Conversion["problems"] } {
  const { doc, problems } = convert(html, options);
  return { content: doc.content, problems };
}

export const bold: RichTextMark = { type: "bold" };
export const italic: RichTextMark = { type: "italic" };
export const link = (href: string): RichTextMark => ({ type: "link", attrs: { href } });

export const text = (value: string, ...marks: RichTextMark[]): InlineNode =>
  marks.length > 0 ? { type: "text", text: value, marks } : { type: "text", text: value };
export const br: InlineNode = { type: "hardBreak" };

const inline = (content: (string | InlineNode)[]): InlineNode[] => content.map((node) => (typeof node === "string" ? text(node) : node));

export const p = (...content: (string | InlineNode)[]): BlockNode => ({ type: "paragraph", content: inline(content) });
export const h2 = (...content: (string | InlineNode)[]): BlockNode => ({ type: "heading", attrs: { level: 2 }, content: inline(content) });
export const h3 = (...content: (string | InlineNode)[]): BlockNode => ({ type: "heading", attrs: { level: 3 }, content: inline(content) });
export const li = (...content: BlockNode[]): ListItemNode => ({ type: "listItem", content });
export const ul = (...items: ListItemNode[]): BlockNode => ({ type: "bulletList", content: items });
export const ol = (start: number | undefined, ...items: ListItemNode[]): BlockNode =>
  start === undefined ? { type: "orderedList", content: items } : { type: "orderedList", attrs: { start }, content: items };
export const quote = (...content: BlockNode[]): BlockNode => ({ type: "blockquote", content });
export const hr: BlockNode = { type: "horizontalRule" };
export const image = (attrs: { src: string; alt?: string; caption?: string; credit?: string; mediaId?: string; width?: number; height?: number }): BlockNode => ({
  type: "image",
  attrs: { alt: "", ...attrs },
});
