"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import styles from "./editor.module.css";

/**
 * An image of the body as the editor shows it: the picture, its caption and credit under it as on
 * the public page, and whether it has an alternative text (changed in the panel under the editor
 * when the image is selected).
 */
export function ImageNodeView({ node, selected }: ReactNodeViewProps) {
  const attrs = node.attrs as { src: string; alt: string; caption: string | null; credit: string | null; width: number | null; height: number | null };
  return (
    <NodeViewWrapper as="figure" className={`${styles.figure}${selected ? ` ${styles.figureSelected}` : ""}`} data-drag-handle="">
      {/* A stored original from the library, possibly not public yet: next/image would fetch it without the staff's cookies. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={attrs.src} alt={attrs.alt} width={attrs.width ?? undefined} height={attrs.height ?? undefined} draggable={false} />
      {(attrs.caption || attrs.credit) && (
        <figcaption className={styles.figcaption}>
          {attrs.caption}
          {attrs.caption && attrs.credit ? " " : ""}
          {attrs.credit && <span>{attrs.credit}</span>}
        </figcaption>
      )}
      <p className={`${styles.altNote}${attrs.alt.trim() ? "" : " fr-error-text"}`} aria-hidden="true">
        {attrs.alt.trim() ? `Texte alternatif : « ${attrs.alt} »` : "Sans texte alternatif (image décorative, ou à décrire)"}
      </p>
    </NodeViewWrapper>
  );
}
