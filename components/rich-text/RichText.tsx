import { sanitizeDocument } from "@/lib/rich-text/sanitize";
import { renderBlocks } from "./render-blocks";

type RichTextProps = {
  /** Stored article body; sanitized here, so raw database JSON is fine. */
  doc: unknown;
  /** The site's own origin, so absolute links back to it are not marked external. */
  siteOrigin?: string;
  /** the back office's preview: images straight from /medias/, which serves unpublished ones to staff only */
  unoptimizedImages?: boolean;
};

/**
 * Server component: the body is turned into React elements (never raw HTML),
 * so text is always escaped and only allow-listed elements can appear.
 */
export function RichText({ doc, siteOrigin, unoptimizedImages }: RichTextProps) {
  const { content } = sanitizeDocument(doc);
  if (content.length === 0) return null;
  return <div className="kiosque-rich-text">{renderBlocks(content, siteOrigin, unoptimizedImages)}</div>;
}
