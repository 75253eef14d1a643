"use client";

import { NodeSelection, Selection, TextSelection } from "@tiptap/pm/state";
import { EditorContent, ReactNodeViewRenderer, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { memo, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { MediaPicker } from "@/components/admin/media/MediaPicker";
import { bodyExtensions, editorContent, editorDocument, imageAttrsFor } from "@/lib/editor/extensions";
import type { BodyAdapter } from "@/lib/editor/session";
import type { MediaChoice } from "@/lib/media/types";
import type { RichTextDoc } from "@/lib/rich-text/types";
import styles from "./editor.module.css";
import { ImageNodeView } from "./ImageNodeView";
import { LinkPanel, type LinkRequest } from "./LinkPanel";

type Props = {
  /** the document the editor opens with; later replacements go through the adapter */
  initialContent: RichTextDoc;
  editable: boolean;
  /** the visible label's id: the text area is named by it ("Corps de l'article") */
  labelId: string;
  describedById?: string;
  onChange: (doc: RichTextDoc, raw: unknown) => void;
  onReady: (adapter: BodyAdapter | null) => void;
  /** a decorative image inserted from the library (its empty alternative text is meant) */
  onDecorativeImage: (mediaId: string) => void;
};

type ImageState = { pos: number; alt: string; caption: string; credit: string };

type ToolbarState = {
  bold: boolean;
  italic: boolean;
  h2: boolean;
  h3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
  image: ImageState | null;
};

function toolbarState(editor: Editor | null): ToolbarState | null {
  if (!editor) return null;
  const { selection } = editor.state;
  const image =
    selection instanceof NodeSelection && selection.node.type.name === "image"
      ? {
          pos: selection.from,
          alt: String(selection.node.attrs.alt ?? ""),
          caption: String(selection.node.attrs.caption ?? ""),
          credit: String(selection.node.attrs.credit ?? ""),
        }
      : null;
  return {
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    h2: editor.isActive("heading", { level: 2 }),
    h3: editor.isActive("heading", { level: 3 }),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    link: editor.isActive("link"),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    image,
  };
}

/** The position of the top-level block `index` (the accessibility checker counts those). */
function blockPosition(editor: Editor, index: number): number | null {
  const { doc } = editor.state;
  if (index < 0 || index >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/**
 * The body of the article: TipTap restricted to the allow-list (lib/editor/extensions.ts), with a
 * toolbar (one tab stop, arrows inside, Alt+F10 from the text), a link form, the media library for
 * images and a panel for the selected image's alternative text, caption and credit.
 */
export const BodyEditor = memo(function BodyEditor({ initialContent, editable, labelId, describedById, onChange, onReady, onDecorativeImage }: Props) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const contentId = `corps-${id}`;
  const altId = `alt-${id}`;
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [linkRequest, setLinkRequest] = useState<LinkRequest | null>(null);
  // The editor's callbacks are created once; they call whatever the latest props are.
  const latest = useRef({ onChange, openLink: () => {}, focusToolbar: () => {} });

  const [extensions] = useState(() =>
    bodyExtensions({
      imageView: ReactNodeViewRenderer(ImageNodeView),
      placeholder: "Écrivez ici le texte de l’article…",
      onLinkShortcut: () => latest.current.openLink(),
      onToolbarShortcut: () => latest.current.focusToolbar(),
    }),
  );

  const editor = useEditor({
    immediatelyRender: false,
    editable,
    extensions,
    content: editorContent(initialContent),
    editorProps: {
      attributes: {
        id: contentId,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedById ? { "aria-describedby": describedById } : {}),
        spellcheck: "true",
        lang: "fr",
      },
    },
    onUpdate: ({ editor: current }) => {
      const raw = current.getJSON();
      latest.current.onChange(editorDocument(raw), raw);
    },
  });

  const state = useEditorState({ editor, selector: ({ editor: current }) => toolbarState(current) });

  const openLink = () => {
    if (!editor || !editor.isEditable) return;
    const { from, to } = editor.state.selection;
    setLinkRequest({ currentHref: (editor.getAttributes("link").href as string | undefined) ?? null, selectedText: editor.state.doc.textBetween(from, to, " ") });
  };

  const focusToolbar = () => {
    toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  };

  useEffect(() => {
    latest.current = { onChange, openLink, focusToolbar };
  });

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    if (!editor) return;
    onReady({
      setContent: (doc) => {
        editor.commands.setContent(editorContent(doc), { emitUpdate: false });
      },
      focusBlock: (index) => {
        const pos = blockPosition(editor, index);
        if (pos === null) return;
        const node = editor.state.doc.child(index);
        const selection = node.type.name === "image" ? NodeSelection.create(editor.state.doc, pos) : Selection.near(editor.state.doc.resolve(pos + 1));
        editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
        const dom = editor.view.nodeDOM(pos);
        if (dom instanceof HTMLElement) dom.scrollIntoView({ block: "center" });
        // An image's problem is its alternative text: straight to that field.
        if (node.type.name === "image") requestAnimationFrame(() => document.getElementById(altId)?.focus());
        else editor.view.focus();
      },
    });
    return () => onReady(null);
  }, [editor, onReady, altId]);

  // The toolbar is one tab stop; the arrows move inside it (WAI-ARIA toolbar pattern).
  useEffect(() => {
    const bar = toolbarRef.current;
    if (!bar) return;
    const buttons = () => Array.from(bar.querySelectorAll<HTMLButtonElement>("button"));
    let current: HTMLButtonElement | undefined;
    const makeCurrent = (button: HTMLButtonElement | undefined) => {
      current = button;
      for (const each of buttons()) each.tabIndex = each === button ? 0 : -1;
    };
    makeCurrent(buttons()[0]);
    // A button added later (the image button once the article is editable) must not add a tab stop.
    const observer = new MutationObserver(() => makeCurrent(current && bar.contains(current) ? current : buttons()[0]));
    observer.observe(bar, { childList: true, subtree: true });
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLButtonElement && bar.contains(event.target)) makeCurrent(event.target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const all = buttons();
      const index = all.indexOf(document.activeElement as HTMLButtonElement);
      if (index === -1) return;
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[event.key];
      if (next === undefined) {
        if (event.key === "Escape") {
          event.preventDefault();
          editor?.commands.focus();
        }
        return;
      }
      event.preventDefault();
      const target = all[(next + all.length) % all.length];
      makeCurrent(target);
      target?.focus();
    };
    bar.addEventListener("focusin", onFocusIn);
    bar.addEventListener("keydown", onKeyDown);
    return () => {
      observer.disconnect();
      bar.removeEventListener("focusin", onFocusIn);
      bar.removeEventListener("keydown", onKeyDown);
    };
  }, [editor]);

  const run = (command: (chain: ReturnType<Editor["chain"]>) => ReturnType<Editor["chain"]>) => {
    if (!editor || !editor.isEditable) return;
    command(editor.chain().focus()).run();
  };

  const insertImage = (choice: MediaChoice | null) => {
    if (!choice || !editor) return;
    if (choice.decorative) onDecorativeImage(choice.id);
    editor.chain().focus().insertContent({ type: "image", attrs: imageAttrsFor(choice) }).run();
  };

  const updateImage = (image: ImageState, attrs: Partial<Record<"alt" | "caption" | "credit", string>>) => {
    if (!editor) return;
    const values = Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, key === "alt" ? value : value === "" ? null : value]));
    const node = editor.state.doc.nodeAt(image.pos);
    if (node?.type.name !== "image") return;
    // Typing in the panel keeps the image selected and the focus in the panel.
    const tr = editor.state.tr.setNodeMarkup(image.pos, undefined, { ...node.attrs, ...values });
    editor.view.dispatch(tr.setSelection(NodeSelection.create(tr.doc, image.pos)));
  };

  const removeImage = (image: ImageState) => {
    if (!editor) return;
    const node = editor.state.doc.nodeAt(image.pos);
    if (!node) return;
    const tr = editor.state.tr.delete(image.pos, image.pos + node.nodeSize);
    editor.view.dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(image.pos, tr.doc.content.size)))));
    editor.view.focus();
  };

  const disabled = !editor || !editable;
  const toggle = (name: string, icon: string, pressed: boolean, shortcut: string, action: () => void): ReactNode => (
    <button
      type="button"
      className={`fr-btn fr-btn--tertiary-no-outline fr-btn--sm ${icon}`}
      title={`${name} (${shortcut.replace("Control", "Ctrl").replace("Shift", "Maj")})`}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      aria-disabled={disabled || undefined}
      // A pointer click leaves the focus and the selection in the text: typing goes on at once.
      onMouseDown={(event) => event.preventDefault()}
      onClick={action}
    >
      {name}
    </button>
  );

  return (
    <div className={styles.body}>
      <div ref={toolbarRef} role="toolbar" aria-label="Mise en forme du corps de l'article" aria-controls={contentId} className={styles.toolbar}>
        <div className={styles.toolbarGroup}>
          {toggle("Gras", "fr-icon-bold", Boolean(state?.bold), "Control+B", () => run((chain) => chain.toggleBold()))}
          {toggle("Italique", "fr-icon-italic", Boolean(state?.italic), "Control+I", () => run((chain) => chain.toggleItalic()))}
        </div>
        <div className={styles.toolbarGroup}>
          {toggle("Intertitre de niveau 2", "fr-icon-h-2", Boolean(state?.h2), "Control+Alt+2", () => run((chain) => chain.toggleHeading({ level: 2 })))}
          {toggle("Intertitre de niveau 3", "fr-icon-h-3", Boolean(state?.h3), "Control+Alt+3", () => run((chain) => chain.toggleHeading({ level: 3 })))}
        </div>
        <div className={styles.toolbarGroup}>
          {toggle("Liste à puces", "fr-icon-list-unordered", Boolean(state?.bulletList), "Control+Shift+8", () => run((chain) => chain.toggleBulletList()))}
          {toggle("Liste numérotée", "fr-icon-list-ordered", Boolean(state?.orderedList), "Control+Shift+7", () => run((chain) => chain.toggleOrderedList()))}
          {toggle("Citation", "fr-icon-quote-line", Boolean(state?.blockquote), "Control+Shift+B", () => run((chain) => chain.toggleBlockquote()))}
        </div>
        <div className={styles.toolbarGroup}>
          {toggle("Lien", "fr-icon-link", Boolean(state?.link), "Control+K", openLink)}
          {editable && <MediaPicker label="Corps de l'article" value={null} onChange={insertImage} mode="body" />}
        </div>
        <div className={styles.toolbarGroup}>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-arrow-go-back-line"
            title="Annuler la dernière modification (Ctrl+Z)"
            aria-keyshortcuts="Control+Z"
            aria-disabled={disabled || !state?.canUndo || undefined}
            onClick={() => state?.canUndo && run((chain) => chain.undo())}
          >
            Annuler la dernière modification
          </button>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-arrow-go-forward-line"
            title="Rétablir la modification (Ctrl+Maj+Z)"
            aria-keyshortcuts="Control+Shift+Z"
            aria-disabled={disabled || !state?.canRedo || undefined}
            onClick={() => state?.canRedo && run((chain) => chain.redo())}
          >
            Rétablir la modification
          </button>
        </div>
      </div>

      {linkRequest && editor && (
        <LinkPanel
          request={linkRequest}
          onApply={(href, text) => {
            setLinkRequest(null);
            const chain = editor.chain().focus();
            if (text) chain.insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] }).run();
            else chain.extendMarkRange("link").setLink({ href }).run();
          }}
          onRemove={() => {
            setLinkRequest(null);
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
          }}
          onClose={() => {
            setLinkRequest(null);
            editor.commands.focus();
          }}
        />
      )}

      <div
        className={styles.content}
        onClick={(event) => {
          // A click in the margin below the text puts the cursor at its end.
          if (event.target === event.currentTarget) editor?.commands.focus("end");
        }}
      >
        {editor ? <EditorContent editor={editor} /> : <p className="fr-p-2w">Chargement de l’éditeur…</p>}
      </div>

      {state?.image && editable && (
        <section className={styles.imagePanel} aria-labelledby={`${altId}-titre`}>
          <h2 className="fr-h6 fr-mb-1w" id={`${altId}-titre`}>
            Image sélectionnée
          </h2>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={altId}>
              Texte alternatif
            </label>
            <p className="fr-hint-text fr-mb-1w" id={`${altId}-aide`}>
              Ce que l’image montre, pour qui ne la voit pas. Vide seulement pour une image décorative.
            </p>
            <input className="fr-input" id={altId} aria-describedby={`${altId}-aide`} value={state.image.alt} maxLength={250} onChange={(event) => updateImage(state.image!, { alt: event.currentTarget.value })} />
          </div>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={`${altId}-legende`}>
              Légende
            </label>
            <input className="fr-input" id={`${altId}-legende`} value={state.image.caption} maxLength={300} onChange={(event) => updateImage(state.image!, { caption: event.currentTarget.value })} />
          </div>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={`${altId}-credit`}>
              Crédit
            </label>
            <input className="fr-input" id={`${altId}-credit`} value={state.image.credit} maxLength={150} onChange={(event) => updateImage(state.image!, { credit: event.currentTarget.value })} />
          </div>
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-delete-line fr-btn--icon-left" onClick={() => removeImage(state.image!)}>
            Retirer l’image du texte
          </button>
        </section>
      )}
    </div>
  );
});
