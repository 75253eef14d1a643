import { describe, expect, it } from "vitest";
import { bold, br, convert, h2, h3, hr, image, italic, li, link, ol, outcome, p, quote, text, ul } from "./test-support";

const converted = (message: string) => ({ code: "element-converti", message });
const removedElement = (name: string) => ({ code: "element-retire", message: `Élément <${name}> retiré avec son contenu.` });

describe("convertWordPressHtml: headings", () => {
  it("maps h1 and h2 to level 2, h3 to h6 to level 3, and reports h1, h4, h5 and h6", () => {
    const result = convert("<h1>Un</h1><h2>Deux</h2><h3>Trois</h3><h4>Quatre</h4><h5>Cinq</h5><h6>Six</h6><h5>Encore cinq</h5>");
    expect(result.doc.content).toEqual([h2("Un"), h2("Deux"), h3("Trois"), h3("Quatre"), h3("Cinq"), h3("Six"), h3("Encore cinq")]);
    expect(result.problems).toEqual([
      converted("Titre <h1> converti en intertitre de niveau 2."),
      converted("Titre <h4> converti en intertitre de niveau 3."),
      converted("Titre <h5> converti en intertitre de niveau 3."),
      converted("Titre <h6> converti en intertitre de niveau 3."),
    ]);
  });

  it("keeps marks in a heading and drops an empty one", () => {
    expect(outcome("<h2><strong>Fort</strong> titre</h2><h2> </h2><h1></h1>")).toEqual({ content: [h2(text("Fort", bold), " titre")], problems: [] });
  });
});

describe("convertWordPressHtml: lists", () => {
  it("converts lists nested three levels deep, with inline and block content in items", () => {
    const result = convert(
      "<ul><li>Un<ol><li><p>Un.un</p><ul><li>Un.un.un</li><li><strong>Un.un.deux</strong></li></ul></li></ol></li><li><p>Deux</p><p>Suite</p></li></ul>",
    );
    expect(result.doc.content).toEqual([
      ul(li(p("Un"), ol(undefined, li(p("Un.un"), ul(li(p("Un.un.un")), li(p(text("Un.un.deux", bold))))))), li(p("Deux"), p("Suite"))),
    ]);
    expect(result.problems).toEqual([]);
  });

  it("keeps an ordered list's start, unless it is the default or out of bounds", () => {
    expect(outcome('<ol start="3"><li>Trois</li></ol><ol start="1"><li>Un</li></ol><ol start="0"><li>Zéro</li></ol><ol start="-2"><li>Négatif</li></ol>')).toEqual({
      content: [ol(3, li(p("Trois"))), ol(undefined, li(p("Un"))), ol(0, li(p("Zéro"))), ol(undefined, li(p("Négatif")))],
      problems: [],
    });
  });

  it("puts a list nested directly in a list into the item before it, and drops empty items", () => {
    expect(outcome("<ul><li>Un</li><ul><li>Un bis</li></ul><li> </li></ul><ul><li>&nbsp;</li></ul>")).toEqual({
      content: [ul(li(p("Un"), ul(li(p("Un bis")))))],
      problems: [],
    });
  });
});

describe("convertWordPressHtml: quotes, rules and inline formatting", () => {
  it("converts a blockquote, a <cite> directly inside it becoming its last paragraph", () => {
    expect(outcome("<blockquote>Un\n\nDeux</blockquote><hr>")).toEqual({ content: [quote(p("Un"), p("Deux")), hr], problems: [] });
    expect(outcome("<!-- wp:quote --><blockquote><cite>Auteur</cite><p>Un</p>Deux</blockquote><!-- /wp:quote -->")).toEqual({
      content: [quote(p("Un"), p("Deux"), p("Auteur"))],
      problems: [],
    });
  });

  it("maps strong and b to bold, em and i to italic, and merges text with the same marks", () => {
    expect(outcome("<p><b>gras</b><strong> encore</strong> <em>italique <i>aussi</i></em> <strong><em>les deux</em></strong></p>")).toEqual({
      content: [p(text("gras encore", bold), " ", text("italique aussi", italic), " ", text("les deux", bold, italic))],
      problems: [],
    });
  });

  it("reads bold and italic written as inline styles by the classic editor", () => {
    expect(outcome('<p><span style="font-weight: bold;">gras</span> <span style="font-style:italic; color: red">italique</span> <span style="font-weight:400">normal</span></p>')).toEqual({
      content: [p(text("gras", bold), " ", text("italique", italic), " normal")],
      problems: [],
    });
  });

  it("collapses spaces as a browser does, keeps non-breaking spaces and French typography", () => {
    expect(outcome("<!-- wp:paragraph --><p>  Un   mot\n  et\tun <span> autre </span> : « guillemets\u00a0» ;\u202fpoint&nbsp;! </p><!-- /wp:paragraph -->")).toEqual({
      content: [p("Un mot et un autre : « guillemets\u00a0» ;\u202fpoint\u00a0!")],
      problems: [],
    });
  });

  it("turns <br> into line breaks, except at the start or end of a paragraph", () => {
    expect(outcome("<p><br>Un<br>  Deux <br/><br></p>")).toEqual({ content: [p("Un", br, "Deux")], problems: [] });
  });

  it("unwraps harmless wrappers without reporting them", () => {
    const result = convert(
      '<div class="x"><section><span style="color:red">Un</span> <u>deux</u> <font face="Arial">trois</font> 1<sup>er</sup> H<sub>2</sub>O <abbr title="Centre de documentation">CDI</abbr> <cite>Le Monde</cite> <small>petit</small></section></div><article>Autre</article>',
    );
    expect(result.doc.content).toEqual([p("Un deux trois 1er H2O CDI Le Monde petit"), p("Autre")]);
    expect(result.problems).toEqual([]);
  });

  it("keeps struck-through text without its line, and reports it", () => {
    const result = convert("<p>Prix : <del>10 €</del> <s>9 €</s> 8 €</p>");
    expect(result.doc.content).toEqual([p("Prix : 10 € 9 € 8 €")]);
    expect(result.problems).toEqual([converted("Texte barré <del> gardé sans être barré."), converted("Texte barré <s> gardé sans être barré.")]);
  });

  it("decodes entities and drops comments that are not block comments", () => {
    const result = convert("<p>L&rsquo;&eacute;l&egrave;ve &amp; le prof &lt;3 <!-- note interne --> &#8211; fin</p><!--more-->");
    expect(result.doc.content).toEqual([p("L’élève & le prof <3 – fin")]);
    expect(result.problems).toEqual([]);
  });
});

describe("convertWordPressHtml: links", () => {
  it("rewrites links through the callback and keeps external, mail and anchor links", () => {
    const result = convert(
      '<p><a href="https://ancien.example/2021/vie-scolaire/">interne</a>, <a href="https://www.education.gouv.fr/">externe</a>, <a href="mailto:cdi@lycee.example">courriel</a>, <a href="#haut">ancre</a>, <a name="x">nommé</a>, <a href="">vide</a></p>',
    );
    expect(result.doc.content).toEqual([
      p(
        text("interne", link("/archives/2021/vie-scolaire")),
        ", ",
        text("externe", link("https://www.education.gouv.fr/")),
        ", ",
        text("courriel", link("mailto:cdi@lycee.example")),
        ", ",
        text("ancre", link("#haut")),
        ", nommé, vide",
      ),
    ]);
    expect(result.problems).toEqual([]);
  });

  it("keeps marks inside a link", () => {
    expect(outcome('<p><a href="https://example.fr/"><strong>gras</strong> lien</a></p>')).toEqual({
      content: [p(text("gras", bold, link("https://example.fr/")), text(" lien", link("https://example.fr/")))],
      problems: [],
    });
  });

  it("drops a javascript: or relative link, keeps its text and reports it", () => {
    const result = convert('<p><a href="javascript:alert(1)">clic</a> et <a href="page.html">relatif</a></p>');
    expect(result.doc.content).toEqual([p("clic et relatif")]);
    expect(result.problems).toEqual([
      { code: "lien-retire", message: "Lien retiré, adresse refusée (javascript:alert(1)) : son texte est gardé." },
      { code: "lien-retire", message: "Lien retiré, adresse refusée (page.html) : son texte est gardé." },
    ]);
  });

  it("drops a link the callback rewrites to an unsafe address", () => {
    const result = convert('<p><a href="/x">texte</a></p>', { link: () => "javascript:alert(1)" });
    expect(result.doc.content).toEqual([p("texte")]);
    expect(result.problems).toEqual([{ code: "lien-retire", message: "Lien retiré, adresse refusée (/x) : son texte est gardé." }]);
  });
});

describe("convertWordPressHtml: images", () => {
  const UPLOADS = "https://ancien.example/wp-content/uploads";

  it("splits a paragraph around an inline image, even inside a link", () => {
    const result = convert(
      `<p>Avant <img src="${UPLOADS}/a.jpg" alt="Un arbre" class="alignleft wp-image-7"> après <a href="${UPLOADS}/b.jpg"><img src="${UPLOADS}/b-300x200.jpg"></a></p>`,
    );
    expect(result.doc.content).toEqual([
      p("Avant"),
      image({ src: "/medias/a.jpg", alt: "Un arbre", mediaId: "media-a-jpg" }),
      p("après"),
      image({ src: "/medias/b-300x200.jpg", mediaId: "media-b-300x200-jpg" }),
    ]);
    expect(result.imageRequests).toEqual([
      { src: `${UPLOADS}/a.jpg`, attachmentId: 7, alt: "Un arbre" },
      { src: `${UPLOADS}/b-300x200.jpg`, alt: "" },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("gives a figure's caption to its single image, and keeps it as a paragraph when there are several", () => {
    const result = convert(
      `<figure><img src="${UPLOADS}/a.jpg" alt="A"><figcaption> Sortie <em>au</em> musée <br>Crédit : Jean Dupont </figcaption></figure>` +
        `<figure><img src="${UPLOADS}/b.jpg" alt="B"><img src="${UPLOADS}/c.jpg" alt="C"><figcaption>Deux photos</figcaption></figure>`,
    );
    expect(result.doc.content).toEqual([
      image({ src: "/medias/a.jpg", alt: "A", caption: "Sortie au musée", credit: "Jean Dupont", mediaId: "media-a-jpg" }),
      image({ src: "/medias/b.jpg", alt: "B", mediaId: "media-b-jpg" }),
      image({ src: "/medias/c.jpg", alt: "C", mediaId: "media-c-jpg" }),
      p("Deux photos"),
    ]);
    expect(result.problems).toEqual([]);
  });

  it("reports a missing image and drops it, leaving the text around it in one paragraph", () => {
    const result = convert(`<p>Avant <img src="${UPLOADS}/absente.jpg?ver=2" alt="X"> après <img src="${UPLOADS}/absente.jpg"></p>`);
    expect(result.doc.content).toEqual([p("Avant après")]);
    expect(result.problems).toEqual([{ code: "image-manquante", message: "Image manquante (absente.jpg) : retirée." }]);
  });

  it("reports an image without any address without asking for it", () => {
    const result = convert('<p><img alt="rien"><img src="  " class="wp-image-9"></p>');
    expect(result.imageRequests).toEqual([{ src: "", attachmentId: 9, alt: "" }]);
    expect(result.doc.content).toEqual([image({ src: "/medias/piece-9.jpg", mediaId: "piece-9" })]);
    expect(result.problems).toEqual([{ code: "image-manquante", message: "Image sans adresse : retirée." }]);
  });

  it("reads the address a lazy-loading plugin put aside", () => {
    expect(outcome(`<img src="data:image/gif;base64,R0lGOD" data-src="${UPLOADS}/vraie.jpg" alt="Vraie">`)).toEqual({
      content: [image({ src: "/medias/vraie.jpg", alt: "Vraie", mediaId: "media-vraie-jpg" })],
      problems: [],
    });
  });

  it("fills what the body lacks from the imported media, the body winning otherwise", () => {
    const resolved = { src: "/medias/m.jpg", mediaId: "m1", alt: "Alt du média", caption: "Légende du média", credit: "© Média", width: 800, height: 600 };
    expect(outcome(`<img src="${UPLOADS}/m.jpg" alt="">`, { image: () => resolved })).toEqual({
      content: [image({ src: "/medias/m.jpg", alt: "Alt du média", caption: "Légende du média", credit: "© Média", mediaId: "m1", width: 800, height: 600 })],
      problems: [],
    });
    const described = `<figure><img src="${UPLOADS}/m.jpg" alt="Alt du corps"><figcaption>Légende du corps © Corps</figcaption></figure>`;
    expect(outcome(described, { image: () => resolved })).toEqual({
      content: [image({ src: "/medias/m.jpg", alt: "Alt du corps", caption: "Légende du corps", credit: "© Corps", mediaId: "m1", width: 800, height: 600 })],
      problems: [],
    });
  });

  it("reports as missing an image the callback resolves outside /medias/", () => {
    const result = convert(`<img src="${UPLOADS}/m.jpg">`, { image: () => ({ src: "https://evil.example/m.jpg" }) });
    expect(result.doc.content).toEqual([]);
    expect(result.problems).toEqual([{ code: "image-manquante", message: "Image manquante (m.jpg) : retirée." }]);
  });

  it("writes WordPress emoji images as their character", () => {
    const result = convert('<p>Bravo <img class="emoji" alt="🎉" src="https://s.w.org/images/core/emoji/14.0.0/svg/1f389.svg"> à tous</p>');
    expect(result.doc.content).toEqual([p("Bravo 🎉 à tous")]);
    expect(result.imageRequests).toEqual([]);
    expect(result.problems).toEqual([]);
  });
});

describe("convertWordPressHtml: tables, code and removed elements", () => {
  it("makes one paragraph per table row, cells joined by a dash, images after their row", () => {
    const result = convert(
      `<table><caption>Horaires</caption><tr><th>Jour</th><th>Heure</th><th></th></tr><tr><td><p>Lundi</p><p>matin</p></td><td>8 h</td><td><img src="https://ancien.example/soleil.png" alt="Soleil"></td></tr><tr><td> </td></tr></table><p>Après</p>`,
    );
    expect(result.doc.content).toEqual([
      p("Horaires"),
      p("Jour — Heure"),
      p("Lundi matin — 8 h"),
      image({ src: "/medias/soleil.png", alt: "Soleil", mediaId: "media-soleil-png" }),
      p("Après"),
    ]);
    expect(result.problems).toEqual([converted("Tableau converti en paragraphes : une ligne par paragraphe, cellules séparées par « — ».")]);
  });

  it("keeps code as plain text and reports it", () => {
    const result = convert("<p>Tapez <code>npm test</code> puis :</p><pre><code>ligne 1\n  ligne 2</code></pre>");
    expect(result.doc.content).toEqual([p("Tapez npm test puis :"), p("ligne 1", br, "  ligne 2")]);
    expect(result.problems).toEqual([converted("Code <code> converti en texte simple."), converted("Texte préformaté <pre> converti en paragraphe.")]);
  });

  it.each(["iframe", "script", "object", "video", "audio", "noscript", "svg"])("removes <%s> with its content and reports it", (name) => {
    const result = convert(`Avant <${name}>contenu <q>caché</q></${name}> après`);
    expect(result.doc.content).toEqual([p("Avant après")]);
    expect(result.problems).toEqual([removedElement(name)]);
  });

  it.each(["style", "form"])("removes <%s> with its content and reports it; it ends the paragraph, as in wpautop", (name) => {
    const result = convert(`Avant <${name}>contenu caché</${name}> après`);
    expect(result.doc.content).toEqual([p("Avant"), p("après")]);
    expect(result.problems).toEqual([removedElement(name)]);
  });

  it.each(["embed", "input"])("removes the empty element <%s> and reports it", (name) => {
    const result = convert(`<p>Avant <${name} src="x" onload="alert(1)"> après</p>`);
    expect(result.doc.content).toEqual([p("Avant après")]);
    expect(result.problems).toEqual([removedElement(name)]);
  });
});

describe("convertWordPressHtml: first paragraph and problems", () => {
  it("gives the text of the first paragraph of the document, line breaks as spaces", () => {
    expect(convert("<h2>Titre</h2><ul><li>Liste</li></ul><p>Le <b>premier</b><br>paragraphe</p><p>Second</p>").firstParagraph).toBe("Le premier paragraphe");
  });

  it("reports the same problem once but distinct problems each", () => {
    const result = convert("<iframe></iframe><iframe></iframe><script></script><h1>A</h1><h1>B</h1>");
    expect(result.problems).toEqual([removedElement("iframe"), removedElement("script"), converted("Titre <h1> converti en intertitre de niveau 2.")]);
  });
});
