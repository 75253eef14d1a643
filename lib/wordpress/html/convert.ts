import { isDeepStrictEqual } from "node:util";
import { sanitizeDocument } from "../../rich-text/sanitize";
import type { RichTextDoc } from "../../rich-text/types";
import { BlockWriter } from "./block-writer";
import { parseBody } from "./dom";
import { prepareBody } from "./prepare";
import { ProblemLog, problems } from "./problems";
import type { Conversion, ConvertOptions, ImageSource } from "./types";
import { ROOT_CONTEXT } from "./walk-context";
import { Walker } from "./walker";

export type { Conversion, ConversionProblem, ConvertOptions, ImageSource, ResolvedImage } from "./types";

function firstParagraphText(doc: RichTextDoc): string {
  const first = doc.content.find((block) => block.type === "paragraph");
  if (!first) return "";
  const text = first.content.map((node) => (node.type === "text" ? node.text : " ")).join("");
  return text.replace(/[\t\n\f\r ]+/g, " ").trim();
}

/**
 * Converts a WordPress post body (classic editor or Gutenberg) into an article document.
 * Never throws on any HTML; whatever is not kept as is, is reported in French.
 */
export function convertWordPressHtml(html: string, options: ConvertOptions): Conversion {
  const log = new ProblemLog();
  const prepared = prepareBody(html, log);
  const walker = new Walker(log, options, prepared.placeholders);
  const writer = new BlockWriter();
  walker.children(parseBody(prepared.html), writer, ROOT_CONTEXT);
  writer.flush();
  const built: RichTextDoc = { type: "doc", content: writer.blocks };
  const doc = sanitizeDocument(built);
  // The walk writes only what the sanitizer keeps, except beyond its size limits: that loss is reported.
  if (!isDeepStrictEqual(doc, built)) log.add(problems.beyondLimits());
  return { doc, problems: log.list, firstParagraph: firstParagraphText(doc) };
}

/**
 * Every image the body refers to, in order, without duplicates: img src (with the attachment id
 * of a wp-image-N class or of a caption shortcode) and gallery ids (attachment id only, src "").
 * It runs the conversion itself, so it lists exactly the images the conversion will ask for.
 */
export function listImageSources(html: string): ImageSource[] {
  // Most bodies have no image: they are not converted twice (the importer converts each body after this).
  if (!/<img\b|\[gallery\b/i.test(html)) return [];
  const sources: ImageSource[] = [];
  const seen = new Set<string>();
  convertWordPressHtml(html, {
    image({ src, attachmentId }) {
      const key = `${attachmentId ?? ""} ${src}`;
      if (!seen.has(key)) {
        seen.add(key);
        sources.push(attachmentId === undefined ? { src } : { src, attachmentId });
      }
      return null;
    },
    link: (href) => href,
  });
  return sources;
}
