import { describe, expect, it } from "vitest";
import { RICH_TEXT_LIMITS } from "../../rich-text/sanitize";
import type { BlockNode } from "../../rich-text/types";
import { bold, br, convert, h2, image, italic, li, outcome, p, quote, text, ul } from "./test-support";

const flattened = { code: "element-converti", message: "Contenu trop imbriqué : sa partie la plus profonde a été aplatie en paragraphes." };
const missingImage = () => null;

/** Depth of the deepest paragraph, counted as the sanitizer counts (the document's blocks at 1). */
function deepestParagraph(blocks: BlockNode[], depth = 1): number {
  return Math.max(
    0,
    ...blocks.map((block) => {
      if (block.type === "paragraph") return depth;
      if (block.type === "blockquote") return deepestParagraph(block.content, depth + 1);
      if (block.type === "bulletList" || block.type === "orderedList") return Math.max(0, ...block.content.map((item) => deepestParagraph(item.content, depth + 2)));
      return 0;
    }),
  );
}

describe("convertWordPressHtml: hostile markup", () => {
  it("never carries an event handler or a script out of an image or a heading", () => {
    const result = convert('<h2 onclick="alert(1)" style="color:red">Titre <script>alert(1)</script></h2><img src=x onerror=alert(1)>', {
      image: missingImage,
    });
    expect(result.doc.content).toEqual([h2("Titre")]);
    expect(result.imageRequests).toEqual([{ src: "x", alt: "" }]);
    expect(result.problems).toEqual([
      { code: "element-retire", message: "Élément <script> retiré avec son contenu." },
      { code: "image-manquante", message: "Image manquante (x) : retirée." },
    ]);
    expect(JSON.stringify(result.doc)).not.toMatch(/alert|onerror|onclick/);
  });

  it("refuses scripts hidden in a link by entities, whitespace or letter case", () => {
    const result = convert(
      '<p><a href="jav&#x09;ascript:alert(1)">un</a> <a href=" JAVASCRIPT:alert(1)">deux</a> <a href="data:text/html,<script>alert(1)</script>">trois</a> <a href="//evil.example/">quatre</a></p>',
    );
    expect(result.doc.content).toEqual([p("un deux trois quatre")]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "Lien retiré, adresse refusée (jav ascript:alert(1)) : son texte est gardé.",
      "Lien retiré, adresse refusée (JAVASCRIPT:alert(1)) : son texte est gardé.",
      "Lien retiré, adresse refusée (data:text/html,<script>alert(1)</script>) : son texte est gardé.",
      "Lien retiré, adresse refusée (//evil.example/) : son texte est gardé.",
    ]);
  });

  it("keeps only the sanitizer's attributes of a resolved image", () => {
    const resolved = { src: "/medias/a.jpg", mediaId: "../../etc", width: 99_999, height: -1, caption: " ", credit: "\u0001© X" };
    expect(outcome('<img src="a.jpg" alt="A">', { image: () => resolved })).toEqual({
      content: [image({ src: "/medias/a.jpg", alt: "A", credit: "© X" })],
      problems: [],
    });
  });

  it("preserves Arabic, Chinese, emoji and bidirectional text as it is", () => {
    expect(outcome("<p>مرحبا بالعالم</p>\n<p>你好，世界！</p>\n<p>Bravo 🎉👩‍🏫🇫🇷 \u200Fא\u200E</p>")).toEqual({
      content: [p("مرحبا بالعالم"), p("你好，世界！"), p("Bravo 🎉👩‍🏫🇫🇷 \u200Fא\u200E")],
      problems: [],
    });
  });

  it("drops control characters from text", () => {
    expect(outcome("<p>a\u0001b\u0000c\u007Fd\u000Be</p>")).toEqual({ content: [p("abcde")], problems: [] });
  });

  it("reads broken markup as a browser would", () => {
    const result = convert("<p>Un <b>gras <i>italique</p><p>suite</b></i> </br> <table><p>perdu<tr><td>case</div></td></table><ul><li>a<li>b</ul></p></p>");
    expect(result.doc.content).toEqual([
      p("Un ", text("gras ", bold), text("italique", bold, italic)),
      p(text("suite", bold, italic)),
      p("perdu"),
      p("case"),
      ul(li(p("a")), li(p("b"))),
    ]);
    expect(result.problems).toEqual([
      { code: "element-converti", message: "Tableau converti en paragraphes : une ligne par paragraphe, cellules séparées par « — »." },
    ]);
  });

  it("gives a forged shortcode placeholder no power", () => {
    const result = convert('<kiosque-shortcode data-index="0"></kiosque-shortcode><kiosque-shortcode data-index="x">texte</kiosque-shortcode>');
    expect(result.doc.content).toEqual([p("texte")]);
    expect(result.imageRequests).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("cuts a body over 2 MB and reports it once, with what the sanitizer could not keep", () => {
    const started = Date.now();
    const result = convert(`<p>${"a".repeat(2 * 1024 * 1024)}</p><p>Jamais lu</p>`);
    expect(result.doc.content).toEqual([p("a".repeat(RICH_TEXT_LIMITS.maxTextChars))]);
    expect(result.problems).toEqual([
      { code: "element-retire", message: "Corps de plus de 2 Mo : seuls les 2 premiers Mo ont été convertis." },
      { code: "element-retire", message: "Contenu au-delà des limites d’un article (taille ou nombre d’éléments) : la fin a été retirée." },
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("flattens quotes nested deeper than the sanitizer walks, keeping their text, and reports it once", () => {
    const result = convert(`${"<blockquote>".repeat(40)}Au fond${"</blockquote>".repeat(40)}<blockquote><blockquote>Autre</blockquote></blockquote>`);
    expect(deepestParagraph(result.doc.content)).toBe(RICH_TEXT_LIMITS.maxDepth - 1);
    expect(JSON.stringify(result.doc)).toContain("Au fond");
    expect(result.doc.content.at(-1)).toEqual(quote(quote(p("Autre"))));
    expect(result.problems).toEqual([flattened]);
  });

  it("flattens lists nested deeper than the sanitizer walks", () => {
    const result = convert(`${"<ul><li>niveau".repeat(15)}${"</li></ul>".repeat(15)}`);
    expect(deepestParagraph(result.doc.content)).toBeLessThanOrEqual(RICH_TEXT_LIMITS.maxDepth - 1);
    expect(JSON.stringify(result.doc).match(/niveau/g)).toHaveLength(15);
    expect(result.problems).toEqual([flattened]);
  });

  it("reads markup nested too deep for recursion as text, quickly", () => {
    const started = Date.now();
    const result = convert(`${"<div><span>".repeat(50_000)}Au fond<br>encore${"</span></div>".repeat(50_000)}`);
    expect(result.doc.content).toEqual([p("Au fond", br, "encore")]);
    expect(result.problems).toEqual([flattened]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stays fast on formatting elements left open in every paragraph, keeping each paragraph", () => {
    const started = Date.now();
    // Each unclosed <b> is reopened around the next paragraph, so the paragraphs nest ever deeper.
    const result = convert(Array.from({ length: 3_000 }, (_, i) => `<p><b class="c${i}">x${i}</p>`).join(""));
    expect(result.doc.content).toHaveLength(3_000);
    expect(result.doc.content.at(-1)).toEqual(p(text("x2999", bold)));
    expect(result.problems).toEqual([flattened]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("never throws on random fragments of markup, shortcodes and block comments", () => {
    const pieces = [
      "<p>", "</p>", "<b>", "</i>", "<a href='javascript:x'>", "<img src=a.jpg>", "<ul><li>", "</li>", "<table><tr><td>", "<blockquote>",
      "<!-- wp:columns -->", "<!-- /wp:columns -->", "<!-- wp:video -->", "<!-- wp:latest-posts /-->", "[caption id=\"attachment_1\"]",
      "[/caption]", "[gallery ids=\"1,2\"]", "[[x]]", "[foo]", "[/foo]", "<pre>", "\n\n", "\n", "texte", "é", "<br>", "<h1>", "<figure>",
      "<figcaption>", "<script>", "<!--", "-->", "<", ">", "&", "&nbsp;", "\u0000", "<svg>", "<math>", "<template>", "<select>",
    ];
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let round = 0; round < 300; round++) {
      const body = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      expect(() => convert(body)).not.toThrow();
    }
  });
});
