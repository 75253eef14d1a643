import { z } from "zod";

/**
 * The one slug rule of the site, for articles, categories, tags and their former slugs: lowercase
 * ASCII words joined by single hyphens, at most SLUG_MAX_LENGTH characters. The database enforces
 * the same rule with CHECK constraints (migration 20261130120000_back_office); 200 is WordPress's
 * own limit, so an imported slug fits unchanged.
 */
export const SLUG_MAX_LENGTH = 200;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** A slug exactly as given: for route parameters, query strings and stored values. */
export const slugSchema = z
  .string({ message: "L’adresse (slug) est obligatoire." })
  .min(1, "L’adresse (slug) est obligatoire.")
  .max(SLUG_MAX_LENGTH, `L’adresse (slug) fait au plus ${SLUG_MAX_LENGTH} caractères.`)
  .regex(SLUG_PATTERN, "L’adresse (slug) ne contient que des lettres minuscules sans accent, des chiffres et des tirets simples.");

/** A slug typed in a form: surrounding spaces are forgiven, nothing else. */
export const slugFieldSchema = z.preprocess((value) => (typeof value === "string" ? value.trim() : value), slugSchema);

// Letters that Unicode decomposition does not reduce to ASCII.
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", đ: "d", ł: "l", þ: "th", ð: "d" };

/**
 * A slug made from a French title: "é"→"e", "œ"→"oe", apostrophes dropped ("l’École" → "lecole"),
 * every other run of punctuation or spaces a single hyphen, cut at a word boundary to fit. Empty
 * when the text holds no letter or digit that has an ASCII form.
 */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[œæßøđłþð]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/['’ʼ‘`´]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= SLUG_MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, SLUG_MAX_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, "");
}
