import { z } from "zod";
import { parseRichTextInput } from "../../rich-text/sanitize";
import type { RichTextDoc } from "../../rich-text/types";
import { idField } from "../fields";

export const TITLE_MAX_LENGTH = 200;
export const EXCERPT_MAX_LENGTH = 600;
export const MAX_TAGS = 15;
/** What search engines show of a title and of a description (Google, in characters, roughly). */
export const TITLE_SHOWN_LENGTH = 60;
export const EXCERPT_SHOWN_LENGTH = 160;

const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const line = (label: string, max: number) =>
  z
    .string({ message: `${label} : texte attendu.` })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, `${label} : ${max} caractères au plus.`).refine((value) => !control.test(value), `${label} : caractères de contrôle interdits.`));

const paragraph = (label: string, max: number) =>
  z
    .string({ message: `${label} : texte attendu.` })
    .transform((value) => value.replace(/\r\n?/g, "\n").replace(/[ \t]+/g, " ").trim())
    .pipe(z.string().max(max, `${label} : ${max} caractères au plus.`).refine((value) => !control.test(value), `${label} : caractères de contrôle interdits.`));

/** The body as the editor sends it (TipTap JSON), cleaned by the same allow-list as the public page. */
export const bodyField = z.unknown().transform((value, context): RichTextDoc => {
  const parsed = parseRichTextInput(value);
  if (!parsed.ok) {
    context.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.doc;
});

/**
 * An article's content as the editor saves it. A draft may be incomplete (an empty title while
 * typing); what publication needs is checked by `publicationProblems`.
 */
export const articleContentSchema = z.object({
  title: line("Titre", TITLE_MAX_LENGTH),
  excerpt: paragraph("Chapô", EXCERPT_MAX_LENGTH),
  body: bodyField,
  /** the address wanted; empty: made from the title */
  slug: z.string().trim().max(300, "Adresse : 200 caractères au plus."),
  /** the address follows the title (until the article is first published) */
  slugAuto: z.boolean(),
  categoryId: idField,
  heroImageId: idField.nullable(),
  tagIds: z.array(idField).max(MAX_TAGS, `Mots-clés : ${MAX_TAGS} au plus.`).transform((ids) => [...new Set(ids)]),
});

export type ArticleContentInput = z.output<typeof articleContentSchema>;

const versionNumber = z.number({ message: "Version manquante." }).int().min(1);

export const articleRefSchema = z.object({ id: idField, version: versionNumber });

export const saveArticleSchema = articleContentSchema.extend({
  id: idField,
  version: versionNumber,
  /** saved by the editor on its own: no revision, no audit entry */
  autosave: z.boolean(),
});

export const createArticleSchema = z.object({
  title: line("Titre", TITLE_MAX_LENGTH).optional(),
  categoryId: idField.optional(),
});

export const publishArticleSchema = articleRefSchema.extend({
  /** why an editor publishes although the content has accessibility problems */
  accessibilityNote: z.string().trim().max(500, "Motif : 500 caractères au plus.").optional(),
});

export const scheduleArticleSchema = publishArticleSchema.extend({
  /** the publication instant, already converted from Paris time by the form */
  publishAt: z.coerce.date({ message: "Date de publication invalide." }),
});

export const restoreRevisionSchema = articleRefSchema.extend({
  revisionId: z.string().regex(/^\d{1,18}$/, "Version d’archive invalide."),
});

export type SaveArticleInput = z.output<typeof saveArticleSchema>;
export type ArticleRef = z.output<typeof articleRefSchema>;
