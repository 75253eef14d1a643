// @vitest-environment jsdom
import { Editor } from "@tiptap/react";
import { afterEach, describe, expect, it } from "vitest";
import { sanitizeDocument } from "../rich-text/sanitize";
import { bodyExtensions, editorContent, editorDocument, imageAttrsFor } from "./extensions";

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only builds one to hand to paste handlers.
globalThis.ClipboardEvent ??= class extends Event {
  readonly clipboardData = null;
} as unknown as typeof ClipboardEvent;

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function makeEditor(content: string | object) {
  editor = new Editor({ extensions: bodyExtensions(), content });
  return editor;
}

const MARK_ORDER = ["bold", "italic", "link"];

/**
 * The editor's JSON without what ProseMirror writes for every node of a type whatever it holds:
 * attributes left at null (a link's target, an image without caption), an ordered list's
 * `start: 1`; empty paragraphs (the one StarterKit keeps after a last list or image, so that the
 * cursor can always go below it: the allow-list never keeps an empty block). Marks in the
 * allow-list's order (ProseMirror orders them by its schema's ranks). Nothing else is touched: a node, a mark, a text or a meaningful attribute the allow-list drops
 * or changes still shows as a difference.
 */
function withoutDefaults(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((child) => !(child?.type === "paragraph" && !child.content)).map(withoutDefaults);
  if (typeof node !== "object" || node === null) return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "attrs") {
      const attrs = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).filter(([name, attr]) => attr !== null && !((node as { type?: string }).type === "orderedList" && name === "start" && attr === 1)),
      );
      if (Object.keys(attrs).length > 0) result.attrs = attrs;
    } else if (key === "marks") {
      result.marks = (withoutDefaults(value) as { type: string }[]).sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
    } else result[key] = withoutDefaults(value);
  }
  return result;
}

const HOSTILE_HTML = `
  <h1>Un h1 devient un paragraphe</h1>
  <h2>Intertitre</h2>
  <h4>Un h4 aussi</h4>
  <p>Du <strong>gras</strong>, de l’<em>italique</em>, <s>barré</s>, <u>souligné</u>, <code>code</code>, <mark>surligné</mark>,
     <sub>indice</sub>, un <a href="https://www.interieur.gouv.fr/" target="_blank" class="x" title="t">lien <strong>gras</strong></a>,
     un <a href="javascript:alert(1)">lien piégé</a>, un <a href="/actualites/continuum">lien interne</a>,
     un <a href="mailto:ecole@example.fr">courriel</a>.<br>Après un saut de ligne.</p>
  <pre><code>const x = 1;</code></pre>
  <ul><li><p>Puce</p><ol start="3"><li><p>Trois</p></li></ol></li></ul>
  <ol><li><p>Un</p></li></ol>
  <blockquote><p>Citation</p></blockquote>
  <hr>
  <table><tr><td>Cellule</td></tr></table>
  <img src="https://ailleurs.example/photo.jpg" alt="ailleurs">
  <img src="data:image/png;base64,AAAA" alt="en ligne">
  <img src="/medias/2026/photo.jpg" alt="La promotion" width="1200" height="800" data-caption="La promotion 2026" data-credit="© ENSP" data-media-id="media1">
  <iframe src="https://ailleurs.example"></iframe>
  <video src="/medias/x.mp4"></video>
  <p>Fin.</p>`;

describe("the body editor's schema", () => {
  it("turns anything pasted into allow-list JSON that the sanitizer leaves unchanged", () => {
    const pasting = makeEditor("");
    pasting.view.pasteHTML(HOSTILE_HTML);
    const json = pasting.getJSON();
    expect(sanitizeDocument(json)).toEqual(withoutDefaults(json));
    expect(editorDocument(json).content.length).toBeGreaterThan(8);
  });

  it("turns anything set as HTML into allow-list JSON; only a link's own attributes go beyond it", () => {
    const json = makeEditor(HOSTILE_HTML).getJSON();
    // target, class and title of a link are read by StarterKit's Link, never written by this editor
    // (pastes are cleaned first, links are set with an href only) and dropped by the sanitizer.
    const linkAttributes = JSON.stringify(json).match(/"type":"link","attrs":\{[^}]*\}/g) ?? [];
    expect(linkAttributes.some((attrs) => attrs.includes('"target":"_blank"'))).toBe(true);
    const withoutLinkExtras = JSON.parse(JSON.stringify(json, (key, value) => (["target", "class", "title", "rel"].includes(key) ? null : value)));
    expect(sanitizeDocument(json)).toEqual(withoutDefaults(withoutLinkExtras));
  });

  it("has only the allow-list's nodes, marks and attributes", () => {
    const pasting = makeEditor("");
    pasting.view.pasteHTML(HOSTILE_HTML);
    const json = JSON.stringify(pasting.getJSON());
    expect(json).not.toMatch(/"(target|class|title|rel)":"/);
    const types = new Set([...json.matchAll(/"type":"([^"]+)"/g)].map((match) => match[1]));
    expect([...types].sort()).toEqual(
      // Pasted images come from elsewhere (a file, another site): images come from the library only.
      ["blockquote", "bold", "bulletList", "doc", "hardBreak", "heading", "horizontalRule", "italic", "link", "listItem", "orderedList", "paragraph", "text"].sort(),
    );
    expect(json).not.toMatch(/"level":[^23]/);
    expect(json).not.toContain("javascript:");
    expect(json).not.toContain("ailleurs.example");
    expect(json).not.toContain("data:image");
  });

  it("keeps the text of what it does not allow", () => {
    const text = makeEditor(HOSTILE_HTML).getText();
    for (const words of ["Un h1 devient un paragraphe", "Un h4 aussi", "barré", "souligné", "code", "lien piégé", "const x = 1;", "Cellule"]) expect(text).toContain(words);
  });

  it("keeps an image of the library with its alternative text, caption, credit, size and medium", () => {
    const json = editorDocument(makeEditor(HOSTILE_HTML).getJSON());
    const images = json.content.filter((block) => block.type === "image");
    expect(images).toEqual([
      { type: "image", attrs: { src: "/medias/2026/photo.jpg", alt: "La promotion", caption: "La promotion 2026", credit: "© ENSP", width: 1200, height: 800, mediaId: "media1" } },
    ]);
  });

  it("loads a stored document and gives it back as it was", () => {
    const stored = sanitizeDocument({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Intertitre" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Voir " },
            { type: "text", text: "notre article", marks: [{ type: "bold" }, { type: "italic" }, { type: "link", attrs: { href: "/actualites/continuum" } }] },
            { type: "hardBreak" },
            { type: "text", text: "suite" },
          ],
        },
        { type: "orderedList", attrs: { start: 4 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Quatre" }] }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "« Très riche. »" }] }] },
        { type: "horizontalRule" },
        { type: "image", attrs: imageAttrsFor({ id: "m1", src: "/medias/a.jpg", alt: "", decorative: true, caption: "", credit: "© ENSP", width: 10, height: 5 }) },
        { type: "paragraph", content: [{ type: "text", text: "Fin." }] },
      ],
    });
    const json = makeEditor(stored).getJSON();
    expect(editorDocument(json)).toEqual(stored);
    expect(withoutDefaults(json)).toEqual(stored);
  });

  it("given JSON with foreign nodes and marks, loads what the sanitizer keeps of it, never an empty document", () => {
    const foreign = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Gardé", marks: [{ type: "strike" }, { type: "bold" }] }] },
        { type: "table", content: [{ type: "tableRow" }] },
        { type: "heading", attrs: { level: 5 }, content: [{ type: "text", text: "Niveau 5" }] },
      ],
    };
    // ProseMirror refuses a whole document with an unknown node type: the editor loads sanitized documents only.
    const json = makeEditor(editorDocument(foreign)).getJSON();
    expect(sanitizeDocument(json)).toEqual(withoutDefaults(json));
    expect(editorDocument(json)).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Gardé", marks: [{ type: "bold" }] }] },
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Niveau 5" }] },
      ],
    });
  });

  it("makes pasted Word, LibreOffice or Google Docs HTML allow-list JSON", () => {
    const pasting = makeEditor("");
    pasting.view.pasteHTML(
      `<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1"><h1><span style="font-weight:400">Titre</span></h1><p><span style="font-weight:700">Gras</span> <a href="https://www.google.com/url?q=https://example.fr/&amp;sa=D">lien</a></p><ul><li><p>Un</p></li><ul><li><p>Deux</p></li></ul></ul></b>`,
    );
    const json = pasting.getJSON();
    expect(sanitizeDocument(json)).toEqual(withoutDefaults(json));
    expect(editorDocument(json).content.map((block) => block.type)).toEqual(["heading", "paragraph", "bulletList"]);
  });

  it("opens an empty body as one empty paragraph, where typing begins, and saves it empty", () => {
    const empty = makeEditor(editorContent({ type: "doc", content: [] }));
    expect(empty.state.doc.childCount).toBe(1);
    expect(editorDocument(empty.getJSON())).toEqual({ type: "doc", content: [] });
    empty.commands.insertContent("Bonjour");
    expect(editorDocument(empty.getJSON())).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Bonjour" }] }] });
  });

  it("drops nothing but empty paragraphs, which the allow-list never keeps", () => {
    const json = makeEditor("<p>Un</p><p></p><p>Deux</p>").getJSON();
    expect(json.content).toHaveLength(3);
    expect(editorDocument(json).content).toHaveLength(2);
  });
});
