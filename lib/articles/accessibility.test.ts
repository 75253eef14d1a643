import { describe, expect, it } from "vitest";
import { accessibilityProblems } from "./accessibility";

const text = (value: string, href?: string) => ({ type: "text", text: value, ...(href ? { marks: [{ type: "link", attrs: { href } }] } : {}) });
const p = (...content: object[]) => ({ type: "paragraph", content });
const h = (level: 2 | 3, value: string) => ({ type: "heading", attrs: { level }, content: value ? [text(value)] : [] });
const img = (alt: string, mediaId?: string) => ({ type: "image", attrs: { src: "/medias/a.jpg", alt, ...(mediaId ? { mediaId } : {}) } });
const doc = (...content: object[]) => ({ type: "doc", content });
const codes = (body: object, heroImage: { alt: string; decorative: boolean } | null = null, decorative = new Set<string>()) =>
  accessibilityProblems({ body, heroImage }, decorative).map((problem) => `${problem.code}@${problem.block}`);

describe("the accessibility of what staff write", () => {
  it("finds nothing in the school's interview as written", () => {
    expect(
      codes(
        doc(p(text("Réunis à l’ENSP hier ("), text("voir notre article précédent", "/actualites/un-ouvrage")), h(2, "Quel bilan dressez-vous ?"), p(text("« Très riche. »")), img("Les contributeurs réunis dans l’amphithéâtre")),
        { alt: "Les 23 rédacteurs de l’ouvrage", decorative: false },
      ),
    ).toEqual([]);
  });

  it("finds images without alternative, or with a file name, hero image included; decorative ones are fine", () => {
    expect(codes(doc(p(text("x")), img("")), { alt: "", decorative: false })).toEqual(["image-alt-missing@null", "image-alt-missing@1"]);
    expect(codes(doc(img("IMG_2034.JPG"), img("DSC01234"), img("photo-ceremonie.jpeg")))).toEqual([
      "image-alt-filename@0",
      "image-alt-filename@1",
      "image-alt-filename@2",
    ]);
    expect(codes(doc(img("", "m1")), { alt: "", decorative: true }, new Set(["m1"]))).toEqual([]);
  });

  it("finds skipped and empty headings: the body starts at h2 under the title's h1", () => {
    expect(codes(doc(h(3, "Trop bas d’emblée")))).toEqual(["heading-skipped@0"]);
    expect(codes(doc(h(2, "Partie"), h(3, "Sous-partie"), h(2, "Autre partie"), h(3, "")))).toEqual(["heading-empty@3"]);
  });

  it("finds vague link texts and bare addresses, in lists and quotes too", () => {
    expect(codes(doc(p(text("Pour tout savoir, "), text("cliquez ici", "/actualites/x"), text(".")), p(text("En savoir plus", "/a")), p(text("https://www.interieur.gouv.fr", "https://www.interieur.gouv.fr"))))).toEqual([
      "link-text-vague@0",
      "link-text-vague@1",
      "link-text-url@2",
    ]);
    expect(codes(doc({ type: "bulletList", content: [{ type: "listItem", content: [p(text("ici", "/x"))] }] }, { type: "blockquote", content: [p(text("lire la suite…", "/y"))] }))).toEqual([
      "link-text-vague@0",
      "link-text-vague@1",
    ]);
  });

  it("finds whole sentences in capitals, not acronyms", () => {
    expect(codes(doc(p(text("LA CÉRÉMONIE AURA LIEU DEMAIN MATIN.")), p(text("L’ENSP et la DGPN signent une convention avec le CNRS."))))).toEqual(["capitals@0"]);
  });

  it("says in French what to do, for each problem", () => {
    const [problem] = accessibilityProblems({ body: doc(p(text("cliquez ici", "/x"))), heroImage: null });
    expect(problem?.message).toBe("Le lien « cliquez ici » ne dit pas où il mène : écrivez sa destination dans le texte du lien.");
  });
});
