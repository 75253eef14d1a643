import { describe, expect, it } from "vitest";
import { convert, image, link, outcome, p, text } from "./test-support";

const UPLOADS = "https://ancien.example/wp-content/uploads/2021/03";
const unknown = (name: string) => ({ code: "shortcode-inconnu", message: `Shortcode inconnu [${name}] : retiré.` });
const unknownKept = (name: string) => ({
  code: "shortcode-inconnu",
  message: `Shortcode inconnu [${name}] : balises retirées, contenu gardé en paragraphe.`,
});

describe("convertWordPressHtml: shortcodes", () => {
  it("makes a caption shortcode an image with its caption, the attachment id read from the shortcode", () => {
    const result = convert(
      `[caption id="attachment_45" align="aligncenter" width="640"]<a href="${UPLOADS}/bal.jpg"><img src="${UPLOADS}/bal-640x480.jpg" alt="" width="640" height="480" /></a> Le bal de fin d’année. Crédit : Léa Martin[/caption]`,
    );
    expect(result.doc.content).toEqual([
      image({ src: "/medias/bal-640x480.jpg", caption: "Le bal de fin d’année.", credit: "Léa Martin", mediaId: "media-bal-640x480-jpg" }),
    ]);
    expect(result.imageRequests).toEqual([{ src: `${UPLOADS}/bal-640x480.jpg`, attachmentId: 45, alt: "", caption: "Le bal de fin d’année." }]);
    expect(result.problems).toEqual([]);
  });

  it("drops the caption with its image when the image is missing", () => {
    const result = convert(`[caption id="attachment_46"]<img src="${UPLOADS}/absente.jpg" alt="" /> Légende perdue[/caption]`);
    expect(result.doc.content).toEqual([]);
    expect(result.problems).toEqual([{ code: "image-manquante", message: "Image manquante (absente.jpg) : retirée." }]);
  });

  it("makes a gallery shortcode one image per id, at its place in the text", () => {
    const result = convert('Avant [gallery columns="2" ids="12,404,14"] après');
    expect(result.doc.content).toEqual([
      p("Avant"),
      image({ src: "/medias/piece-12.jpg", mediaId: "piece-12" }),
      image({ src: "/medias/piece-14.jpg", mediaId: "piece-14" }),
      p("après"),
    ]);
    expect(result.imageRequests).toEqual([
      { src: "", attachmentId: 12, alt: "" },
      { src: "", attachmentId: 404, alt: "" },
      { src: "", attachmentId: 14, alt: "" },
    ]);
    expect(result.problems).toEqual([{ code: "image-manquante", message: "Image manquante (pièce jointe n° 404) : retirée." }]);
  });

  it("reports a gallery without ids", () => {
    expect(outcome("[gallery]")).toEqual({
      content: [],
      problems: [{ code: "shortcode-inconnu", message: "Shortcode [gallery] sans liste d’images (ids) : retiré." }],
    });
  });

  it("reports embed, video, audio and form shortcodes, keeping only enclosed text", () => {
    const result = convert(
      [
        "[embed]https://www.youtube.com/watch?v=abc[/embed]",
        `[video width="640" height="360" mp4="${UPLOADS}/film.mp4"][/video]`,
        `[audio mp3="${UPLOADS}/chorale.mp3"]`,
        '[contact-form-7 id="12" title="Contact"]',
        "Fin.",
      ].join("\n\n"),
    );
    expect(result.doc.content).toEqual([p("https://www.youtube.com/watch?v=abc"), p("Fin.")]);
    expect(result.problems).toEqual([unknownKept("embed"), unknown("video"), unknown("audio"), unknown("contact-form-7")]);
  });

  it("keeps what an unknown shortcode encloses as a paragraph of its own, never its tags", () => {
    const result = convert('Un texte [su_box title="Info"]très <a href="https://ancien.example/cdi/">important</a>[/su_box] à lire [su_spacer].');
    expect(result.doc.content).toEqual([p("Un texte"), p("très ", text("important", link("/archives/cdi"))), p("à lire .")]);
    expect(result.problems).toEqual([unknownKept("su_box"), unknown("su_spacer")]);
  });

  it("writes escaped shortcodes as their literal text, and leaves editorial brackets alone", () => {
    const result = convert("Tapez [[gallery ids=\"1\"]] pour une galerie. [NDLR : texte ajouté] [sic] […]");
    expect(result.doc.content).toEqual([p('Tapez [gallery ids="1"] pour une galerie. [NDLR : texte ajouté] [sic] […]')]);
    expect(result.problems).toEqual([]);
  });

  it("expands shortcodes inside Gutenberg paragraphs too", () => {
    const result = convert("<!-- wp:paragraph --><p>Voir [gallery ids=\"7\"] et [bouton]ici[/bouton]</p><!-- /wp:paragraph -->");
    expect(result.doc.content).toEqual([p("Voir"), image({ src: "/medias/piece-7.jpg", mediaId: "piece-7" }), p("et"), p("ici")]);
    expect(result.problems).toEqual([unknownKept("bouton")]);
  });
});
