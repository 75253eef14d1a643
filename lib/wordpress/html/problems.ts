import type { ConversionProblem, ImageSource } from "./types";

/** Problems in the order met, each once: a body often repeats the same construct many times. */
export class ProblemLog {
  readonly list: ConversionProblem[] = [];
  private readonly seen = new Set<string>();

  add(problem: ConversionProblem): void {
    const key = `${problem.code}\n${problem.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(problem);
  }
}

const SHOWN_CHARS = 80;

/** Addresses and file names come from the body: shown on one line, short, never with control characters. */
export function shown(value: string): string {
  // Enough code units to fill the shown characters, so that a huge value costs nothing.
  const limit = SHOWN_CHARS * 4;
  let text = "";
  for (const char of value.slice(0, limit).replace(/[\uD800-\uDBFF]$/, "")) {
    const code = char.codePointAt(0) ?? 0;
    text += code <= 0x20 || (code >= 0x7f && code <= 0x9f) ? " " : char;
  }
  const chars = [...text.replace(/ {2,}/g, " ").trim()];
  if (chars.length <= SHOWN_CHARS && value.length <= limit) return chars.join("");
  return `${chars.slice(0, SHOWN_CHARS - 1).join("").trimEnd()}…`;
}

function fileName(src: string): string {
  const path = src.split(/[?#]/)[0] ?? "";
  return path.split("/").filter(Boolean).at(-1) ?? src;
}

/** Every message the converter can produce, so that they read alike and are easy to review. */
export const problems = {
  inputTooLarge: (): ConversionProblem => ({
    code: "element-retire",
    message: "Corps de plus de 2 Mo : seuls les 2 premiers Mo ont été convertis.",
  }),
  beyondLimits: (): ConversionProblem => ({
    code: "element-retire",
    message: "Contenu au-delà des limites d’un article (taille ou nombre d’éléments) : la fin a été retirée.",
  }),
  nestingFlattened: (): ConversionProblem => ({
    code: "element-converti",
    message: "Contenu trop imbriqué : sa partie la plus profonde a été aplatie en paragraphes.",
  }),
  unknownShortcode: (name: string, contentKept: boolean): ConversionProblem => ({
    code: "shortcode-inconnu",
    message: contentKept
      ? `Shortcode inconnu [${shown(name)}] : balises retirées, contenu gardé en paragraphe.`
      : `Shortcode inconnu [${shown(name)}] : retiré.`,
  }),
  galleryWithoutIds: (): ConversionProblem => ({
    code: "shortcode-inconnu",
    message: "Shortcode [gallery] sans liste d’images (ids) : retiré.",
  }),
  unsupportedBlock: (name: string, textKept: boolean): ConversionProblem => ({
    code: "bloc-inconnu",
    message: textKept
      ? `Bloc [${shown(name)}] non pris en charge : son texte est gardé en paragraphes.`
      : `Bloc [${shown(name)}] non pris en charge : retiré.`,
  }),
  headingConverted: (rank: number, level: 2 | 3): ConversionProblem => ({
    code: "element-converti",
    message: `Titre <h${rank}> converti en intertitre de niveau ${level}.`,
  }),
  table: (): ConversionProblem => ({
    code: "element-converti",
    message: "Tableau converti en paragraphes : une ligne par paragraphe, cellules séparées par « — ».",
  }),
  preformatted: (): ConversionProblem => ({
    code: "element-converti",
    message: "Texte préformaté <pre> converti en paragraphe.",
  }),
  code: (): ConversionProblem => ({
    code: "element-converti",
    message: "Code <code> converti en texte simple.",
  }),
  strikethrough: (name: string): ConversionProblem => ({
    code: "element-converti",
    message: `Texte barré <${name}> gardé sans être barré.`,
  }),
  elementRemoved: (name: string): ConversionProblem => ({
    code: "element-retire",
    message: `Élément <${shown(name)}> retiré avec son contenu.`,
  }),
  imageWithoutSource: (): ConversionProblem => ({
    code: "image-manquante",
    message: "Image sans adresse : retirée.",
  }),
  imageMissing: (source: ImageSource): ConversionProblem => ({
    code: "image-manquante",
    message:
      source.src === ""
        ? `Image manquante (pièce jointe n° ${source.attachmentId}) : retirée.`
        : `Image manquante (${shown(fileName(source.src))}) : retirée.`,
  }),
  linkRemoved: (href: string): ConversionProblem => ({
    code: "lien-retire",
    message: `Lien retiré, adresse refusée (${shown(href)}) : son texte est gardé.`,
  }),
};
