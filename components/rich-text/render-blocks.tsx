import type { ReactNode } from "react";
import type { BlockNode, ListItemNode } from "@/lib/rich-text/types";
import { renderInline } from "./render-inline";
import { RichTextImage } from "./RichTextImage";

function renderListItems(items: ListItemNode[], siteOrigin?: string, unoptimizedImages?: boolean): ReactNode[] {
  return items.map((item, i) => <li key={i}>{renderBlocks(item.content, siteOrigin, unoptimizedImages)}</li>);
}

function renderBlock(block: BlockNode, key: number, siteOrigin?: string, unoptimizedImages?: boolean): ReactNode {
  switch (block.type) {
    case "paragraph":
      return <p key={key}>{renderInline(block.content, siteOrigin)}</p>;
    case "heading": {
      const Heading = block.attrs.level === 3 ? "h3" : "h2";
      return <Heading key={key}>{renderInline(block.content, siteOrigin)}</Heading>;
    }
    case "bulletList":
      return <ul key={key}>{renderListItems(block.content, siteOrigin, unoptimizedImages)}</ul>;
    case "orderedList":
      return (
        <ol key={key} start={block.attrs?.start}>
          {renderListItems(block.content, siteOrigin, unoptimizedImages)}
        </ol>
      );
    case "blockquote":
      return <blockquote key={key}>{renderBlocks(block.content, siteOrigin, unoptimizedImages)}</blockquote>;
    case "horizontalRule":
      return <hr key={key} />;
    case "image":
      return <RichTextImage key={key} attrs={block.attrs} unoptimized={unoptimizedImages} />;
  }
}

/** `unoptimizedImages`: the preview's images, which may not be public yet (see RichTextImage). */
export function renderBlocks(blocks: BlockNode[], siteOrigin?: string, unoptimizedImages?: boolean): ReactNode[] {
  return blocks.map((block, i) => renderBlock(block, i, siteOrigin, unoptimizedImages));
}
