import { describe, expect, it } from "vitest";
import { bold, br, convert, h2, image, italic, li, link, outcome, p, quote, text, ul } from "./test-support";

describe("convertWordPressHtml: classic editor", () => {
  it("makes paragraphs from blank lines and line breaks from single newlines", () => {
    const result = convert("Premier paragraphe\nsur deux lignes.\n\nDeuxième paragraphe.\n\n\n\nTroisième.");
    expect(result.doc.content).toEqual([
      p("Premier paragraphe", br, "sur deux lignes."),
      p("Deuxième paragraphe."),
      p("Troisième."),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.firstParagraph).toBe("Premier paragraphe sur deux lignes.");
  });

  it("keeps inline HTML inside paragraphs and block HTML between them", () => {
    const result = convert(
      [
        "Un <strong>mot</strong> et <em>un autre</em>, <a href=\"https://ancien.example/2022/05/rentree/\">la rentrée</a>.",
        "<h2>Un titre</h2>",
        "<ul>\n<li>Un</li>\n<li>Deux</li>\n</ul>",
        "<blockquote>Citée\nsur deux lignes</blockquote>",
        "Fin.",
      ].join("\n"),
    );
    expect(result.doc.content).toEqual([
      p("Un ", text("mot", bold), " et ", text("un autre", italic), ", ", text("la rentrée", link("/archives/2022/05/rentree")), "."),
      h2("Un titre"),
      ul(li(p("Un")), li(p("Deux"))),
      quote(p("Citée", br, "sur deux lignes")),
      p("Fin."),
    ]);
    expect(result.problems).toEqual([]);
  });

  it("keeps the newlines of <pre> as line breaks and reports it", () => {
    const result = convert("Exemple :\n\n<pre>ligne 1\n\n  ligne 2</pre>");
    expect(result.doc.content).toEqual([p("Exemple :"), p("ligne 1", br, br, "  ligne 2")]);
    expect(result.problems).toEqual([{ code: "element-converti", message: "Texte préformaté <pre> converti en paragraphe." }]);
  });

  it("makes a classic image with its caption shortcode a figure, between paragraphs", () => {
    const result = convert(
      'Avant.\n\n[caption id="attachment_123" align="alignnone" width="300"]<img src="https://ancien.example/wp-content/uploads/2022/05/photo-300x200.jpg" alt="La cour" class="size-medium" /> La cour du lycée © ENSP[/caption]\n\nAprès.',
    );
    expect(result.doc.content).toEqual([
      p("Avant."),
      image({ src: "/medias/photo-300x200.jpg", alt: "La cour", caption: "La cour du lycée", credit: "© ENSP", mediaId: "media-photo-300x200-jpg" }),
      p("Après."),
    ]);
    expect(result.imageRequests).toEqual([
      { src: "https://ancien.example/wp-content/uploads/2022/05/photo-300x200.jpg", attachmentId: 123, alt: "La cour", caption: "La cour du lycée" },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("does not apply autop to a Gutenberg body", () => {
    expect(outcome("<!-- wp:paragraph -->\n<p>Une ligne\nqui continue</p>\n<!-- /wp:paragraph -->")).toEqual({
      content: [p("Une ligne qui continue")],
      problems: [],
    });
  });

  it("returns an empty document for an empty or blank body", () => {
    for (const body of ["", "  \n\n ", "<p>&nbsp;</p>\n<p> </p>"]) {
      const { doc, problems, firstParagraph } = convert(body);
      expect({ doc, problems, firstParagraph }).toEqual({ doc: { type: "doc", content: [] }, problems: [], firstParagraph: "" });
    }
  });
});
