import type { RichTextDoc } from "../../rich-text/types";

export type ProblemCode =
  | "shortcode-inconnu"
  | "bloc-inconnu"
  | "element-converti"
  | "element-retire"
  | "image-manquante"
  | "lien-retire";

export type ConversionProblem = {
  code: ProblemCode;
  /** French, one sentence, e.g. "Shortcode inconnu [contact-form-7] : retiré." */
  message: string;
};

export type ImageSource = { src: string; attachmentId?: number };

export type ResolvedImage = {
  /** A site path under /medias/. */
  src: string;
  mediaId?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
};

export type ConvertOptions = {
  /** The imported image for a source found in the body, or null when it is missing (reported, image dropped). */
  image(source: ImageSource & { alt: string; caption?: string }): ResolvedImage | null;
  /** Rewrites a link (old permalink → new URL); returns it unchanged when it is not internal. */
  link(href: string): string;
};

export type Conversion = {
  doc: RichTextDoc;
  problems: ConversionProblem[];
  /** Plain text of the first paragraph, for a chapô when the post has no excerpt. */
  firstParagraph: string;
};
