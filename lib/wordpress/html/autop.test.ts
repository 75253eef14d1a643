import { describe, expect, it } from "vitest";
import { autop } from "./autop";

describe("autop", () => {
  it("makes a paragraph of each run of lines separated by a blank line", () => {
    expect(autop("Un.\n\nDeux.\n\n\n\nTrois.")).toBe("<p>Un.</p>\n<p>Deux.</p>\n<p>Trois.</p>");
  });

  it("turns a single newline into a line break", () => {
    expect(autop("Ligne 1\nLigne 2")).toBe("<p>Ligne 1<br />\nLigne 2</p>");
  });

  it("reads a line holding only spaces as blank", () => {
    expect(autop("Un.\n  \t \nDeux.")).toBe("<p>Un.</p>\n<p>Deux.</p>");
  });

  it("never wraps a block element, and ends the paragraph before it", () => {
    expect(autop("Avant\n<h2>Titre</h2>\nAprès")).toBe("<p>Avant</p>\n<h2>\n<p>Titre</p>\n</h2>\n<p>Après</p>");
    expect(autop("<ul>\n<li>Un</li>\n<li>Deux</li>\n</ul>")).toBe("<ul>\n<li>\n<p>Un</p>\n</li>\n<li>\n<p>Deux</p>\n</li>\n</ul>");
  });

  it("keeps inline elements and comments inside the paragraph", () => {
    expect(autop("Un <strong>mot</strong> <!-- note --> ici\n<em>suite</em>")).toBe(
      "<p>Un <strong>mot</strong> <!-- note --> ici<br />\n<em>suite</em></p>",
    );
  });

  it("leaves the content of <pre> as it is", () => {
    expect(autop("Code :\n\n<pre>ligne 1\n\n  ligne 2</pre>\n\nFin")).toBe("<p>Code :</p>\n<pre>ligne 1\n\n  ligne 2</pre>\n<p>Fin</p>");
  });

  it("leaves newlines inside a tag or a script alone", () => {
    expect(autop('<img\nsrc="a.jpg"\nalt="x"> texte')).toBe('<p><img\nsrc="a.jpg"\nalt="x"> texte</p>');
    expect(autop("<script>a\n\nb</script>")).toBe("<p><script>a\n\nb</script></p>");
  });

  it("reads two line breaks in a row as the end of a paragraph, and a newline after <br> as no second break", () => {
    expect(autop("Un<br><br>Deux")).toBe("<p>Un</p>\n<p>Deux</p>");
    expect(autop("Un<br />\nDeux")).toBe("<p>Un<br />\nDeux</p>");
  });

  it("keeps non-breaking spaces, and handles Windows newlines and a lone <", () => {
    expect(autop("« Bonjour\u00a0»\r\n\r\n3 < 4")).toBe("<p>« Bonjour\u00a0»</p>\n<p>3 < 4</p>");
  });

  it("returns nothing for a blank body", () => {
    expect(autop(" \n\n \t")).toBe("");
  });

  it("stays linear on long runs of spaces and newlines", () => {
    const started = Date.now();
    autop(`${" ".repeat(1_000_000)}x${"\n \n".repeat(200_000)}y`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
