import { describe, expect, it } from "vitest";
import { isSafeHref, isSafeImageSrc, parseRichTextInput, RICH_TEXT_LIMITS, sanitizeDocument } from "./sanitize";
import type { RichTextDoc } from "./types";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const link = (href: unknown) => ({ type: "link", attrs: { href } });
const image = (attrs: Record<string, unknown>) => ({ type: "image", attrs: { src: "/medias/photo.jpg", alt: "Une photo", ...attrs } });
const EMPTY: RichTextDoc = { type: "doc", content: [] };

describe("isSafeHref", () => {
  it.each([
    "https://www.example.fr/page?x=1#top",
    "http://example.fr",
    "HTTPS://EXAMPLE.FR",
    "mailto:contact@example.fr",
    "tel:+33123456789",
    "/actualites/rentree",
    "/",
    "#section-2",
  ])("accepts %j", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\nscript:alert(1)",
    "java\tscript:alert(1)",
    "\u0000javascript:alert(1)",
    " javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "http://",
    "ftp://example.fr/file",
    "file:///etc/passwd",
    "relative/path",
    "https://exa mple.fr",
    "https://example.fr/\u200Bx",
    "",
    `https://example.fr/${"a".repeat(3000)}`,
    42,
    null,
    undefined,
    { href: "https://example.fr" },
  ])("refuses %j", (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe("isSafeImageSrc", () => {
  it.each(["/medias/photo.jpg", "/medias/2025/09/a1b2-c3.webp", "/medias/cl9x0abc"])("accepts %j", (src) => {
    expect(isSafeImageSrc(src)).toBe(true);
  });

  it.each([
    "https://evil.example/x.png",
    "//evil.example/x.png",
    "/medias//evil.example/x.png",
    "/medias/../admin",
    "/medias/a/../../etc/passwd",
    "/medias/./x.png",
    "/medias/%2e%2e/x.png",
    "/medias/x.png?w=1",
    "/medias/",
    "/images/x.png",
    "medias/x.png",
    "/medias\\x.png",
    "data:image/png;base64,AAAA",
    "javascript:alert(1)",
    "/medias/x.png\n",
    42,
    null,
  ])("refuses %j", (src) => {
    expect(isSafeImageSrc(src)).toBe(false);
  });
});

describe("sanitizeDocument: allowed content", () => {
  it("keeps every allowed node and mark unchanged", () => {
    const input: RichTextDoc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Titre" }] },
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Sous-titre" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "gras", marks: [{ type: "bold" }] },
            { type: "hardBreak" },
            { type: "text", text: "lien", marks: [{ type: "italic" }, { type: "link", attrs: { href: "/a" } }] },
          ],
        },
        {
          type: "bulletList",
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "un" }] }] }],
        },
        {
          type: "orderedList",
          attrs: { start: 3 },
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "trois" }] }] }],
        },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "citation" }] }] },
        { type: "horizontalRule" },
        {
          type: "image",
          attrs: {
            src: "/medias/a.jpg",
            alt: "",
            caption: "Légende",
            credit: "© ENSP",
            width: 800,
            height: 600,
            mediaId: "cm123abc",
          },
        },
      ],
    };
    expect(sanitizeDocument(input)).toEqual(input);
  });

  it("is idempotent", () => {
    const messy = doc(
      { type: "heading", attrs: { level: 1 }, content: [text(" Titre ")] },
      p(text("a", [{ type: "italic" }, { type: "bold" }, { type: "strike" }]), { type: "iframe" }),
      { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [p(text("x"))] }] },
    );
    const once = sanitizeDocument(messy);
    expect(sanitizeDocument(once)).toEqual(once);
  });

  it("normalizes heading levels to 2 or 3", () => {
    const levels = [1, 2, 3, 4, 6, 99, 0, -1, 2.5, "3", null, undefined].map((level) => {
      const result = sanitizeDocument(doc({ type: "heading", attrs: { level }, content: [text("T")] }));
      const heading = result.content[0];
      return heading?.type === "heading" ? heading.attrs.level : undefined;
    });
    expect(levels).toEqual([2, 2, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2]);
  });

  it("keeps a valid ordered list start and drops 1 or invalid ones", () => {
    const start = (value: unknown) =>
      sanitizeDocument(doc({ type: "orderedList", attrs: { start: value }, content: [{ type: "listItem", content: [p(text("x"))] }] }))
        .content[0];
    expect(start(5)).toMatchObject({ attrs: { start: 5 } });
    expect(start(1)).not.toHaveProperty("attrs");
    expect(start("5")).not.toHaveProperty("attrs");
    expect(start(2.5)).not.toHaveProperty("attrs");
  });

  it("deduplicates marks and keeps only the first safe link", () => {
    const result = sanitizeDocument(
      doc(p(text("x", [{ type: "bold" }, { type: "bold" }, link("javascript:alert(1)"), link("/ok"), link("/second")]))),
    );
    expect(result.content[0]).toEqual(
      p(text("x", [{ type: "bold" }, { type: "link", attrs: { href: "/ok" } }])),
    );
  });

  it("trims surrounding whitespace of a link href", () => {
    const result = sanitizeDocument(doc(p(text("x", [link("  https://example.fr/  ")]))));
    expect(result.content[0]).toEqual(p(text("x", [link("https://example.fr/")])));
  });
});

describe("sanitizeDocument: hostile links and images", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example",
  ])("removes the link mark for %j but keeps the text", (href) => {
    const result = sanitizeDocument(doc(p(text("cliquez", [{ type: "bold" }, link(href)]))));
    expect(result.content).toEqual([p(text("cliquez", [{ type: "bold" }]))]);
  });

  it("drops link marks without attrs or with non-string href", () => {
    const result = sanitizeDocument(
      doc(p(text("a", [{ type: "link" }]), text("b", [link(["/x"])]), text("c", [{ type: "link", attrs: "/x" }]))),
    );
    expect(result.content).toEqual([p(text("a"), text("b"), text("c"))]);
  });

  it("drops an image from another host", () => {
    expect(sanitizeDocument(doc(image({ src: "https://evil.example/x.png" })))).toEqual(EMPTY);
  });

  it("drops an image without a string alt but keeps an empty alt", () => {
    expect(sanitizeDocument(doc(image({ alt: undefined })))).toEqual(EMPTY);
    expect(sanitizeDocument(doc(image({ alt: 3 })))).toEqual(EMPTY);
    expect(sanitizeDocument(doc(image({ alt: "" }))).content).toHaveLength(1);
  });

  it("drops invalid optional image attributes but keeps the image", () => {
    const result = sanitizeDocument(
      doc(image({ width: -5, height: 1.5, caption: 7, credit: "   ", mediaId: "<script>", onerror: "alert(1)", class: "x" })),
    );
    expect(result.content).toEqual([{ type: "image", attrs: { src: "/medias/photo.jpg", alt: "Une photo" } }]);
  });
});

describe("sanitizeDocument: malformed and hostile structure", () => {
  it.each([null, undefined, "a string", 42, true, [], {}, { type: "paragraph" }, { type: "doc" }, { type: "doc", content: "x" }, { type: "doc", content: { 0: p(text("x")), length: 1 } }])(
    "returns an empty document for %j",
    (input) => {
      expect(sanitizeDocument(input)).toEqual(EMPTY);
    },
  );

  it("drops unknown nodes entirely, including their text", () => {
    const result = sanitizeDocument(
      doc(
        { type: "iframe", attrs: { src: "https://evil.example" } },
        { type: "html", content: "<b>" },
        { type: "script", content: [text("alert(1)")] },
        { type: "table", content: [p(text("cellule"))] },
        p(text("gardé")),
      ),
    );
    expect(result.content).toEqual([p(text("gardé"))]);
  });

  it("drops nodes in the wrong place", () => {
    const result = sanitizeDocument(
      doc(
        text("texte nu au niveau du document"),
        { type: "listItem", content: [p(text("item orphelin"))] },
        p(p(text("paragraphe imbriqué")), text("ok")),
        { type: "bulletList", content: [p(text("pas un listItem"))] },
      ),
    );
    expect(result.content).toEqual([p(text("ok"))]);
  });

  it("drops empty or whitespace-only blocks", () => {
    const result = sanitizeDocument(
      doc(
        p(),
        { type: "paragraph" },
        p(text("   "), { type: "hardBreak" }),
        { type: "heading", attrs: { level: 2 }, content: [] },
        { type: "bulletList", content: [] },
        { type: "bulletList", content: [{ type: "listItem", content: [p()] }] },
        { type: "blockquote", content: [p(text(""))] },
      ),
    );
    expect(result).toEqual(EMPTY);
  });

  it("drops non-string text and non-object items", () => {
    const result = sanitizeDocument(
      doc(p({ type: "text", text: 42 }, { type: "text", text: { toString: () => "x" } }, { type: "text" }, null, 7, "texte", text("ok")), null, 3, "x", []),
    );
    expect(result.content).toEqual([p(text("ok"))]);
  });

  it("does not throw on 10,000-deep nesting and cuts it at the maximum depth", () => {
    let blockquotes: unknown = p(text("fond"));
    for (let i = 0; i < 10_000; i++) blockquotes = { type: "blockquote", content: [blockquotes] };
    expect(sanitizeDocument(doc(blockquotes))).toEqual(EMPTY);

    let lists: unknown = p(text("fond"));
    for (let i = 0; i < 10_000; i++) lists = { type: "bulletList", content: [{ type: "listItem", content: [lists] }] };
    expect(() => sanitizeDocument(doc(lists))).not.toThrow();
  });

  it("keeps content up to the maximum depth", () => {
    // Paragraph at depth n needs its text at depth n + 1 <= maxDepth.
    const nest = (levels: number) => {
      let node: unknown = p(text("fond"));
      for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
      return doc(node);
    };
    expect(sanitizeDocument(nest(RICH_TEXT_LIMITS.maxDepth - 2)).content).toHaveLength(1);
    expect(sanitizeDocument(nest(RICH_TEXT_LIMITS.maxDepth - 1)).content).toHaveLength(0);
  });

  it("ignores __proto__ keys and never pollutes prototypes", () => {
    const hostile = JSON.parse(
      '{"type":"doc","__proto__":{"polluted":true},"content":[{"type":"paragraph","__proto__":{"type":"heading"},' +
        '"content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"__proto__":{"href":"/via-proto"}}}],' +
        '"__proto__":{"polluted":true}}]},{"__proto__":{"type":"paragraph","content":[{"type":"text","text":"hérité"}]}}]}',
    );
    const result = sanitizeDocument(hostile);
    expect(result).toEqual(doc(p(text("x"))));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it("does not read inherited properties or call getters", () => {
    const inherited = Object.create({ type: "paragraph", content: [text("hérité")] });
    let getterCalled = false;
    const withGetter = {
      type: "paragraph",
      get content() {
        getterCalled = true;
        return [text("getter")];
      },
    };
    expect(sanitizeDocument(doc(inherited, withGetter))).toEqual(EMPTY);
    expect(getterCalled).toBe(false);
  });

  it("strips control characters from text but keeps newlines and tabs", () => {
    const result = sanitizeDocument(doc(p(text("a\u0000b\u0007c\r\nd\te"))));
    expect(result.content).toEqual([p(text("abc\nd\te"))]);
  });

  it("bounds the total amount of text", () => {
    const huge = "é".repeat(RICH_TEXT_LIMITS.maxTextChars + 10);
    const result = sanitizeDocument(doc(p(text(huge)), p(text("après"))));
    expect(result.content).toHaveLength(1);
    const first = result.content[0];
    expect(first?.type === "paragraph" && first.content[0]?.type === "text" && first.content[0].text.length).toBe(
      RICH_TEXT_LIMITS.maxTextChars,
    );
  });

  it("bounds the number of visited items", () => {
    const many = Array.from({ length: RICH_TEXT_LIMITS.maxVisitedItems * 2 }, () => p(text("x")));
    const result = sanitizeDocument(doc(...many));
    expect(result.content.length).toBeGreaterThan(0);
    expect(result.content.length).toBeLessThan(RICH_TEXT_LIMITS.maxVisitedItems);
  });
});

describe("parseRichTextInput", () => {
  it("returns the sanitized document for a doc envelope", () => {
    const result = parseRichTextInput(doc(p(text("a", [link("javascript:alert(1)")])), { type: "iframe" }));
    expect(result).toEqual({ ok: true, doc: doc(p(text("a"))) });
  });

  it.each([null, "texte", 1, [], {}, { type: "doc" }, { type: "doc", content: "x" }, { type: "paragraph", content: [] }])(
    "reports a French error for %j",
    (input) => {
      const result = parseRichTextInput(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/contenu de l’article est invalide/);
    },
  );
});
