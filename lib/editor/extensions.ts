import { Extension, mergeAttributes, type AnyExtension, type NodeViewRenderer } from "@tiptap/react";
import Image from "@tiptap/extension-image";
import Placeholder from "@tiptap/extension-placeholder";
import { Plugin } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref, isSafeImageSrc } from "../rich-text/safe-url";
import { sanitizeDocument } from "../rich-text/sanitize";
import type { ImageAttrs, RichTextDoc } from "../rich-text/types";
import { cleanPastedHtml } from "./paste";

/**
 * The body editor's schema: exactly the nodes and marks the public allow-list renders
 * (lib/rich-text/sanitize.ts), so that nothing typed, pasted or dropped can be something the site
 * would silently drop. The tests build an editor from these extensions and check it.
 */

/** The page title is the only h1. */
export const BODY_HEADING_LEVELS = [2, 3] as const;

function dimension(value: string | null): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

function optionalText(value: string | null): string | null {
  return value && value.trim() !== "" ? value : null;
}

/**
 * An image of the media library, as a block: its source under /medias/, its alternative text, and
 * the caption and credit shown under it. The attributes are those of the allow-list's image.
 */
export const ArticleImage = Image.extend({
  atom: true,
  selectable: true,
  draggable: true,
  addOptions() {
    return { inline: false, allowBase64: false, HTMLAttributes: {}, resize: false as const };
  },
  addAttributes() {
    return {
      src: { default: null, parseHTML: (element) => element.getAttribute("src") },
      alt: { default: "", parseHTML: (element) => element.getAttribute("alt") ?? "" },
      caption: {
        default: null,
        parseHTML: (element) => optionalText(element.getAttribute("data-caption")),
        renderHTML: (attributes) => (attributes.caption ? { "data-caption": attributes.caption } : {}),
      },
      credit: {
        default: null,
        parseHTML: (element) => optionalText(element.getAttribute("data-credit")),
        renderHTML: (attributes) => (attributes.credit ? { "data-credit": attributes.credit } : {}),
      },
      width: { default: null, parseHTML: (element) => dimension(element.getAttribute("width")) },
      height: { default: null, parseHTML: (element) => dimension(element.getAttribute("height")) },
      mediaId: {
        default: null,
        parseHTML: (element) => optionalText(element.getAttribute("data-media-id")),
        renderHTML: (attributes) => (attributes.mediaId ? { "data-media-id": attributes.mediaId } : {}),
      },
    };
  },
  parseHTML() {
    // Only the site's own media: a page must never make a reader's browser contact another host.
    return [{ tag: "img[src]", getAttrs: (element) => (isSafeImageSrc((element as HTMLElement).getAttribute("src")) ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["img", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)];
  },
  // Markdown's ![alt](src) would take any address: images come from the media library only.
  addInputRules() {
    return [];
  },
});

export type BodyEditorHooks = {
  /** Ctrl/Cmd+K: open the link form */
  onLinkShortcut?: () => void;
  /** Alt+F10: move to the toolbar (the usual shortcut of rich-text editors) */
  onToolbarShortcut?: () => void;
};

const Shortcuts = Extension.create<BodyEditorHooks>({
  name: "kiosqueShortcuts",
  addOptions() {
    return {};
  },
  addProseMirrorPlugins() {
    // Pasted and dropped HTML (Word, LibreOffice, Google Docs…) is cleaned before the schema reads it.
    return [new Plugin({ props: { transformPastedHTML: (html) => cleanPastedHtml(html) } })];
  },
  addKeyboardShortcuts() {
    return {
      "Mod-k": () => {
        this.options.onLinkShortcut?.();
        return Boolean(this.options.onLinkShortcut);
      },
      "Alt-F10": () => {
        this.options.onToolbarShortcut?.();
        return Boolean(this.options.onToolbarShortcut);
      },
    };
  },
});

export function bodyExtensions(options: BodyEditorHooks & { imageView?: NodeViewRenderer; placeholder?: string } = {}): AnyExtension[] {
  const { imageView, placeholder, ...hooks } = options;
  return [
    StarterKit.configure({
      heading: { levels: [...BODY_HEADING_LEVELS] },
      // Not in the allow-list: the public page would not show them.
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: true,
        defaultProtocol: "https",
        // The same test as the server's: http(s), mailto, tel, site paths and fragments, nothing else.
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    imageView ? ArticleImage.extend({ addNodeView: () => imageView }) : ArticleImage,
    Placeholder.configure({ placeholder: placeholder ?? "" }),
    Shortcuts.configure(hooks),
  ];
}

/** What the editor holds, as the allow-list's document: what is saved, kept locally and compared. */
export function editorDocument(json: unknown): RichTextDoc {
  return sanitizeDocument(json);
}

/**
 * A stored document as the editor opens it: ProseMirror's document holds at least one block, so
 * an empty body (a new article) starts as one empty paragraph, where typing begins.
 */
export function editorContent(doc: RichTextDoc): RichTextDoc | { type: "doc"; content: [{ type: "paragraph" }] } {
  return doc.content.length > 0 ? doc : { type: "doc", content: [{ type: "paragraph" }] };
}

/** The image node's attributes for a medium of the library. */
export function imageAttrsFor(media: { id: string; src: string; alt: string; decorative: boolean; caption: string; credit: string; width: number; height: number }): ImageAttrs {
  return {
    src: media.src,
    alt: media.decorative ? "" : media.alt,
    ...(media.caption.trim() ? { caption: media.caption } : {}),
    ...(media.credit.trim() ? { credit: media.credit } : {}),
    ...(media.width > 0 ? { width: media.width } : {}),
    ...(media.height > 0 ? { height: media.height } : {}),
    mediaId: media.id,
  };
}
