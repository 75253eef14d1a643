import { describe, expect, it } from "vitest";
import { bold, convert, h2, h3, hr, image, li, link, ol, p, quote, text, ul } from "./test-support";

const UPLOADS = "https://ancien.example/wp-content/uploads/2022/05";

const block = (name: string, html: string, attributes = "") => `<!-- wp:${name}${attributes ? ` ${attributes}` : ""} -->\n${html}\n<!-- /wp:${name} -->\n\n`;

describe("convertWordPressHtml: Gutenberg blocks converted faithfully", () => {
  it("converts paragraphs, headings, separators and groups without any report", () => {
    const result = convert(
      block("paragraph", "<p>Un <strong>texte</strong>.</p>") +
        block("heading", '<h2 class="wp-block-heading">Titre</h2>') +
        block("heading", '<h3 class="wp-block-heading">Sous-titre</h3>', '{"level":3}') +
        block("separator", '<hr class="wp-block-separator has-alpha-channel-opacity"/>') +
        block("group", `<div class="wp-block-group">${block("paragraph", "<p>Dans un groupe</p>")}</div>`) +
        block("spacer", '<div style="height:40px" aria-hidden="true" class="wp-block-spacer"></div>', '{"height":"40px"}') +
        block("more", "<!--more-->"),
    );
    expect(result.doc.content).toEqual([p("Un ", text("texte", bold), "."), h2("Titre"), h3("Sous-titre"), hr, p("Dans un groupe")]);
    expect(result.problems).toEqual([]);
    expect(result.firstParagraph).toBe("Un texte.");
  });

  it("converts an image block with its caption and credit", () => {
    const result = convert(
      block(
        "image",
        `<figure class="wp-block-image size-large"><img src="${UPLOADS}/photo-1024x683.jpg" alt="La cour" class="wp-image-123"/><figcaption class="wp-element-caption">La cour du lycée © ENSP</figcaption></figure>`,
        '{"id":123,"sizeSlug":"large"}',
      ),
    );
    expect(result.doc.content).toEqual([
      image({ src: "/medias/photo-1024x683.jpg", alt: "La cour", caption: "La cour du lycée", credit: "© ENSP", mediaId: "media-photo-1024x683-jpg" }),
    ]);
    expect(result.imageRequests).toEqual([{ src: `${UPLOADS}/photo-1024x683.jpg`, attachmentId: 123, alt: "La cour", caption: "La cour du lycée" }]);
    expect(result.problems).toEqual([]);
  });

  it("converts list blocks, nested and ordered", () => {
    const item = (html: string) => block("list-item", `<li>${html}</li>`);
    const result = convert(
      block("list", `<ul class="wp-block-list">${item("Un")}${item(`Deux${block("list", `<ul class="wp-block-list">${item("Deux bis")}</ul>`)}`)}</ul>`) +
        block("list", `<ol start="3" class="wp-block-list">${item("Trois")}${item("Quatre")}</ol>`, '{"ordered":true,"start":3}'),
    );
    expect(result.doc.content).toEqual([
      ul(li(p("Un")), li(p("Deux"), ul(li(p("Deux bis"))))),
      ol(3, li(p("Trois")), li(p("Quatre"))),
    ]);
    expect(result.problems).toEqual([]);
  });

  it("converts quote and pullquote blocks, their source as a last paragraph", () => {
    const result = convert(
      block("quote", `<blockquote class="wp-block-quote">${block("paragraph", "<p>Citation</p>")}<cite>Victor Hugo</cite></blockquote>`) +
        block("pullquote", '<figure class="wp-block-pullquote"><blockquote><p>Phrase forte</p><cite>La proviseure</cite></blockquote></figure>'),
    );
    expect(result.doc.content).toEqual([quote(p("Citation"), p("Victor Hugo")), quote(p("Phrase forte"), p("La proviseure"))]);
    expect(result.problems).toEqual([]);
  });

  it("converts a gallery block into its images, the gallery's caption as a paragraph", () => {
    const result = convert(
      block(
        "gallery",
        '<figure class="wp-block-gallery has-nested-images columns-default is-cropped">' +
          block("image", `<figure class="wp-block-image size-large"><img src="${UPLOADS}/a.jpg" alt="A" class="wp-image-12"/></figure>`, '{"id":12}') +
          block(
            "image",
            `<figure class="wp-block-image size-large"><img src="${UPLOADS}/b.jpg" alt="" class="wp-image-13"/><figcaption class="wp-element-caption">Légende B</figcaption></figure>`,
            '{"id":13}',
          ) +
          '<figcaption class="blocks-gallery-caption wp-element-caption">Sortie au musée</figcaption></figure>',
        '{"linkTo":"none"}',
      ),
    );
    expect(result.doc.content).toEqual([
      image({ src: "/medias/a.jpg", alt: "A", mediaId: "media-a-jpg" }),
      image({ src: "/medias/b.jpg", caption: "Légende B", mediaId: "media-b-jpg" }),
      p("Sortie au musée"),
    ]);
    expect(result.problems).toEqual([]);
  });

  it("reads an older gallery block's list as its layout, not as a list", () => {
    const result = convert(
      block(
        "gallery",
        '<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid">' +
          `<li class="blocks-gallery-item"><figure><img src="${UPLOADS}/a.jpg" alt="" data-id="12" class="wp-image-12"/><figcaption class="blocks-gallery-item__caption">A</figcaption></figure></li>` +
          `<li class="blocks-gallery-item"><figure><img src="${UPLOADS}/b.jpg" alt="" data-id="13"/></figure></li>` +
          "</ul></figure>",
        '{"ids":[12,13]}',
      ),
    );
    expect(result.doc.content).toEqual([
      image({ src: "/medias/a.jpg", caption: "A", mediaId: "media-a-jpg" }),
      image({ src: "/medias/b.jpg", mediaId: "media-b-jpg" }),
    ]);
    expect(result.imageRequests.map(({ src, attachmentId }) => ({ src, attachmentId }))).toEqual([
      { src: `${UPLOADS}/a.jpg`, attachmentId: 12 },
      { src: `${UPLOADS}/b.jpg`, attachmentId: 13 },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("expands the shortcode of a shortcode block", () => {
    const result = convert(block("shortcode", '[gallery ids="21,22"]'));
    expect(result.doc.content).toEqual([
      image({ src: "/medias/piece-21.jpg", mediaId: "piece-21" }),
      image({ src: "/medias/piece-22.jpg", mediaId: "piece-22" }),
    ]);
    expect(result.problems).toEqual([]);
  });

  it("reports a code block's <pre> once, not its <code>", () => {
    const result = convert(block("code", '<pre class="wp-block-code"><code>npm install\nnpm test</code></pre>'));
    expect(result.doc.content).toEqual([p("npm install", { type: "hardBreak" }, "npm test")]);
    expect(result.problems).toEqual([{ code: "element-converti", message: "Texte préformaté <pre> converti en paragraphe." }]);
  });
});

describe("convertWordPressHtml: Gutenberg blocks not converted faithfully", () => {
  const kept = (name: string) => ({ code: "bloc-inconnu", message: `Bloc [${name}] non pris en charge : son texte est gardé en paragraphes.` });
  const removed = (name: string) => ({ code: "bloc-inconnu", message: `Bloc [${name}] non pris en charge : retiré.` });

  it("keeps an embed's address and caption as paragraphs", () => {
    const result = convert(
      block(
        "embed",
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc\n</div><figcaption>La vidéo du spectacle</figcaption></figure>',
        '{"url":"https://www.youtube.com/watch?v=abc","type":"video","providerNameSlug":"youtube"}',
      ) + block("core-embed/vimeo", '<figure class="wp-block-embed-vimeo"><div class="wp-block-embed__wrapper">https://vimeo.com/1</div></figure>'),
    );
    expect(result.doc.content).toEqual([p("https://www.youtube.com/watch?v=abc"), p("La vidéo du spectacle"), p("https://vimeo.com/1")]);
    expect(result.problems).toEqual([kept("embed"), kept("core-embed/vimeo")]);
  });

  it("keeps a table block's rows as paragraphs, reported once as a block", () => {
    const result = convert(
      block(
        "table",
        '<figure class="wp-block-table"><table><thead><tr><th>Jour</th><th>Menu</th></tr></thead><tbody><tr><td>Lundi</td><td><strong>Frites</strong></td></tr></tbody></table><figcaption class="wp-element-caption">Les menus</figcaption></figure>',
      ),
    );
    expect(result.doc.content).toEqual([p("Jour — Menu"), p("Lundi — ", text("Frites", bold)), p("Les menus")]);
    expect(result.problems).toEqual([kept("table")]);
  });

  it("keeps the text of columns, without reporting each column", () => {
    const column = (html: string) => block("column", `<div class="wp-block-column">${html}</div>`);
    const result = convert(
      block(
        "columns",
        `<div class="wp-block-columns">${column(block("paragraph", "<p>Gauche</p>"))}${column(block("heading", "<h2>Droite</h2>"))}</div>`,
      ),
    );
    expect(result.doc.content).toEqual([p("Gauche"), h2("Droite")]);
    expect(result.problems).toEqual([kept("columns")]);
  });

  it("keeps the text of a custom HTML block and reports what was removed from it", () => {
    const result = convert(
      block("html", '<div class="encart"><p>Texte libre</p><iframe src="https://carte.example/"></iframe><script>alert(1)</script></div>'),
    );
    expect(result.doc.content).toEqual([p("Texte libre")]);
    expect(result.problems).toEqual([
      kept("html"),
      { code: "element-retire", message: "Élément <iframe> retiré avec son contenu." },
      { code: "element-retire", message: "Élément <script> retiré avec son contenu." },
    ]);
  });

  it("keeps the link of a file block and the text of buttons and covers", () => {
    const result = convert(
      block(
        "file",
        `<div class="wp-block-file"><a id="f1" href="${UPLOADS}/menu.pdf">Menu de la cantine</a><a href="${UPLOADS}/menu.pdf" class="wp-block-file__button wp-element-button" download>Télécharger</a></div>`,
        '{"id":30}',
      ) +
        block(
          "buttons",
          `<div class="wp-block-buttons">${block("button", '<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://ancien.example/inscriptions/">S’inscrire</a></div>')}</div>`,
        ) +
        block(
          "cover",
          `<div class="wp-block-cover"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-50" alt="" src="${UPLOADS}/fond.jpg"/><div class="wp-block-cover__inner-container">${block("paragraph", '<p class="has-text-align-center">Portes ouvertes</p>')}</div></div>`,
          '{"id":50}',
        ),
    );
    expect(result.doc.content).toEqual([
      p(text("Menu de la cantine", link("/archives/wp-content/uploads/2022/05/menu.pdf"))),
      p(text("S’inscrire", link("/archives/inscriptions"))),
      image({ src: "/medias/fond.jpg", mediaId: "media-fond-jpg" }),
      p("Portes ouvertes"),
    ]);
    expect(result.problems).toEqual([kept("file"), kept("buttons"), kept("cover")]);
  });

  it("removes video, audio and computed blocks with their content", () => {
    const result = convert(
      block("paragraph", "<p>Avant</p>") +
        block("video", `<figure class="wp-block-video"><video controls src="${UPLOADS}/film.mp4"></video><figcaption>Le film</figcaption></figure>`, '{"id":40}') +
        block("audio", `<figure class="wp-block-audio"><audio controls src="${UPLOADS}/son.mp3"></audio></figure>`) +
        '<!-- wp:latest-posts {"postsToShow":3} /-->\n' +
        block("paragraph", "<p>Après</p>"),
    );
    expect(result.doc.content).toEqual([p("Avant"), p("Après")]);
    expect(result.imageRequests).toEqual([]);
    expect(result.problems).toEqual([removed("video"), removed("audio"), removed("latest-posts")]);
  });

  it("keeps the text of a block from an unknown plugin, and of a block never closed", () => {
    const result = convert(
      block("jetpack/slideshow", '<div class="wp-block-jetpack-slideshow"><p>Diaporama</p></div>') + "<!-- wp:video -->\n<p>Sans fin</p>",
    );
    expect(result.doc.content).toEqual([p("Diaporama"), p("Sans fin")]);
    expect(result.problems).toEqual([kept("jetpack/slideshow"), kept("video")]);
  });
});
