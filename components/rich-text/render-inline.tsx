import type { ReactNode } from "react";
import { isExternalHref } from "@/lib/rich-text/safe-url";
import type { InlineNode, TextNode } from "@/lib/rich-text/types";

type MarkLayer = {
  /** Adjacent nodes with the same non-null key share one wrapping element. */
  groupKey: (node: TextNode) => string | null;
  wrap: (groupKey: string, children: ReactNode[], reactKey: string, siteOrigin?: string) => ReactNode;
};

/**
 * Outermost first. A fixed order gives `<a><strong><em>` whatever the mark
 * order in the JSON, and grouping keeps one link element across a run of
 * differently formatted text instead of splitting it into several links.
 */
const LAYERS: MarkLayer[] = [
  {
    groupKey: (node) => node.marks?.find((mark) => mark.type === "link")?.attrs.href ?? null,
    wrap: (href, children, key, siteOrigin) => (
      <a key={key} href={href} rel={isExternalHref(href, siteOrigin) ? "noopener noreferrer" : undefined}>
        {children}
      </a>
    ),
  },
  {
    groupKey: (node) => (node.marks?.some((mark) => mark.type === "bold") ? "bold" : null),
    wrap: (_, children, key) => <strong key={key}>{children}</strong>,
  },
  {
    groupKey: (node) => (node.marks?.some((mark) => mark.type === "italic") ? "italic" : null),
    wrap: (_, children, key) => <em key={key}>{children}</em>,
  },
];

function groupKeyOf(node: InlineNode, layer: MarkLayer): string | null {
  return node.type === "text" ? layer.groupKey(node) : null;
}

/** Keys are built from the grouping path, so flattened siblings can never collide. */
export function renderInline(
  nodes: InlineNode[],
  siteOrigin?: string,
  layerIndex = 0,
  keyPrefix = "",
): ReactNode[] {
  const layer = LAYERS[layerIndex];
  if (!layer) {
    return nodes.map((node, i) =>
      node.type === "text" ? node.text : <br key={`${keyPrefix}br${i}`} />,
    );
  }

  const rendered: ReactNode[] = [];
  let start = 0;
  let groupIndex = 0;
  while (start < nodes.length) {
    const key = groupKeyOf(nodes[start]!, layer);
    let end = start + 1;
    while (end < nodes.length && groupKeyOf(nodes[end]!, layer) === key) end++;

    const path = `${keyPrefix}${layerIndex}.${groupIndex}`;
    const children = renderInline(nodes.slice(start, end), siteOrigin, layerIndex + 1, `${path}/`);
    if (key === null) rendered.push(...children);
    else rendered.push(layer.wrap(key, children, path, siteOrigin));

    start = end;
    groupIndex++;
  }
  return rendered;
}
