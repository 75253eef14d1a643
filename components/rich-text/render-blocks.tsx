import type { ReactNode } from "react";
import type { BlockNode, ListItemNode } from "@/lib/rich-text/types";
import { renderInline } from "./render-inline";
import { RichTextImage } from "./RichTextImage";

function renderListItems(items: ListItemNode[], siteOrigin?: string): ReactNode[] {
  return items.map((item, i) => <li key={i}>{renderBlocks(item.content, siteOrigin)}</li>);
}

function renderBlock(block: BlockNode, key: number, siteOrigin?: string): ReactNode {
  switch (block.type) {
    case "paragraph":
      return <p key={key}>{renderInline(block.content, siteOrigin)}</p>;
    case "heading": {
      const Heading = block.attrs.level === 3 ? "h3" : "h2";
      return <Heading key={key}>{renderInline(block.content, siteOrigin)}</Heading>;
    }
    case "bulletList":
      return <ul key={key}>{renderListItems(block.content, siteOrigin)}</ul>;
    case "orderedList":
      return (
        <ol key={key} start={block.attrs?.start}>
          {renderListItems(block.content, siteOrigin)}
        </ol>
      );
    case "blockquote":
      return <blockquote key={key}>{renderBlocks(block.content, siteOrigin)}</blockquote>;
    case "horizontalRule":
      return <hr key={key} />;
    case "image":
      return <RichTextImage key={key} attrs={block.attrs} />;
  }
}

export function renderBlocks(blocks: BlockNode[], siteOrigin?: string): ReactNode[] {
  return blocks.map((block, i) => renderBlock(block, i, siteOrigin));
}
