import { sanitizeDocument } from "../rich-text/sanitize";
import type { BlockNode, InlineNode } from "../rich-text/types";

/**
 * The accessibility problems of what staff write (RGAA applies to content, not only to templates),
 * found before submission or publication. Each problem says where it is: `block` is the index of
 * the top-level block of the body (the editor scrolls to it), or null for the hero image.
 * Pure: the editor runs it as people type, the server again before publishing.
 */
export type AccessibilityProblem = {
  code: "image-alt-missing" | "image-alt-filename" | "heading-skipped" | "heading-empty" | "link-text-vague" | "link-text-url" | "capitals";
  message: string;
  block: number | null;
};

export type HeroImageInfo = { alt: string; decorative: boolean } | null;

const VAGUE_LINK_TEXTS = new Set([
  "ici",
  "cliquez ici",
  "cliquer ici",
  "clic ici",
  "en savoir plus",
  "savoir plus",
  "lire la suite",
  "la suite",
  "suite",
  "plus",
  "voir plus",
  "lien",
  "ce lien",
  "cette page",
  "voir",
  "découvrir",
  "en lire plus",
]);

const FILE_NAME = /(^|\s)[\w-]+\.(jpe?g|png|gif|webp|avif|heic|tiff?|bmp)$|^(img|dsc|dscn|dcim|p|pxl|photo|image)[-_ ]?\d{2,}/i;

function inlineText(content: InlineNode[]): string {
  return content.map((node) => (node.type === "text" ? node.text : " ")).join("");
}

/** Links of a block, with the text each one carries (adjacent text nodes with the same link are one link). */
function links(content: InlineNode[]): { href: string; text: string }[] {
  const found: { href: string; text: string }[] = [];
  let current: { href: string; text: string } | null = null;
  for (const node of content) {
    const href = node.type === "text" ? node.marks?.find((mark) => mark.type === "link")?.attrs.href : undefined;
    if (href && current && current.href === href) current.text += node.type === "text" ? node.text : "";
    else if (href && node.type === "text") {
      current = { href, text: node.text };
      found.push(current);
    } else current = null;
  }
  return found;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.…!?:;,«»"'’()[\]-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Four words or more, every letter a capital: read letter by letter by some screen readers. */
function hasSentenceInCapitals(text: string): boolean {
  return text.split(/(?<=[.!?…])\s+/).some((sentence) => {
    const words = sentence.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
    return words.length >= 4 && words.every((word) => word === word.toUpperCase() && word !== word.toLowerCase());
  });
}

function inlineProblems(content: InlineNode[], block: number, problems: AccessibilityProblem[]): void {
  for (const link of links(content)) {
    const text = normalize(link.text);
    if (VAGUE_LINK_TEXTS.has(text)) {
      problems.push({ code: "link-text-vague", message: `Le lien « ${link.text.trim()} » ne dit pas où il mène : écrivez sa destination dans le texte du lien.`, block });
    } else if (/^(https?:\/\/|www\.)\S+$/i.test(link.text.trim())) {
      problems.push({ code: "link-text-url", message: `Le texte du lien est une adresse brute (« ${link.text.trim()} ») : remplacez-la par le nom de la page.`, block });
    }
  }
  if (hasSentenceInCapitals(inlineText(content))) {
    problems.push({ code: "capitals", message: "Une phrase entière est écrite en capitales : écrivez-la en minuscules (la mise en forme peut l’accentuer).", block });
  }
}

function imageProblems(alt: string, decorative: boolean, where: string, block: number | null, problems: AccessibilityProblem[]): void {
  if (decorative) return;
  if (alt.trim() === "") {
    problems.push({ code: "image-alt-missing", message: `${where} n’a pas d’alternative textuelle : décrivez ce qu’elle montre, ou marquez-la comme décorative.`, block });
  } else if (FILE_NAME.test(alt.trim())) {
    problems.push({ code: "image-alt-filename", message: `L’alternative de ${where.toLowerCase()} est un nom de fichier (« ${alt.trim()} ») : décrivez ce que l’image montre.`, block });
  }
}

type WalkState = { lastLevel: number; decorative: ReadonlySet<string> };

function walk(blocks: BlockNode[], top: number | null, state: WalkState, problems: AccessibilityProblem[]): void {
  blocks.forEach((block, index) => {
    const at = top ?? index;
    switch (block.type) {
      case "heading": {
        // The article's title is the page's h1: the body's headings start at h2, then go down one level at a time.
        if (block.attrs.level > state.lastLevel + 1) {
          problems.push({ code: "heading-skipped", message: `Un intertitre de niveau ${block.attrs.level} suit un niveau ${state.lastLevel} : n’en sautez pas.`, block: at });
        }
        state.lastLevel = block.attrs.level;
        inlineProblems(block.content, at, problems);
        break;
      }
      case "paragraph":
        inlineProblems(block.content, at, problems);
        break;
      case "bulletList":
      case "orderedList":
        for (const item of block.content) walk(item.content, at, state, problems);
        break;
      case "blockquote":
        walk(block.content, at, state, problems);
        break;
      case "image":
        imageProblems(block.attrs.alt, Boolean(block.attrs.mediaId && state.decorative.has(block.attrs.mediaId)), "Une image du corps", at, problems);
        break;
      case "horizontalRule":
        break;
    }
  });
}

/**
 * The problems of an article's content. Body images carry their alternative text in the document;
 * the hero image's, and whether an image is decorative (empty alternative on purpose), come from
 * its medium.
 */
export function accessibilityProblems(content: { body: unknown; heroImage: HeroImageInfo }, decorativeMediaIds: ReadonlySet<string> = new Set()): AccessibilityProblem[] {
  const problems: AccessibilityProblem[] = [];
  if (content.heroImage) imageProblems(content.heroImage.alt, content.heroImage.decorative, "L’image principale", null, problems);
  // Block by block, so that each problem points at the block of the document being edited, which
  // may still hold what the allow-list drops when rendering (an empty heading, say).
  const raw = (content.body as { content?: unknown } | null)?.content;
  const blocks = Array.isArray(raw) ? raw.slice(0, MAX_BLOCKS) : [];
  const state: WalkState = { lastLevel: 1, decorative: decorativeMediaIds };
  blocks.forEach((rawBlock, index) => {
    if (isEmptyHeading(rawBlock)) {
      problems.push({ code: "heading-empty", message: "Un intertitre est vide : écrivez-le ou supprimez-le.", block: index });
      return;
    }
    const [block] = sanitizeDocument({ type: "doc", content: [rawBlock] }).content;
    if (block) walk([block], index, state, problems);
  });
  return problems;
}

const MAX_BLOCKS = 5_000;

function isEmptyHeading(node: unknown): boolean {
  if (typeof node !== "object" || node === null || (node as { type?: unknown }).type !== "heading") return false;
  const inner = (node as { content?: unknown }).content;
  if (!Array.isArray(inner)) return true;
  return inner.every((child) => typeof (child as { text?: unknown })?.text !== "string" || (child as { text: string }).text.trim() === "");
}
