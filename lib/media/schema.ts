import { z } from "zod";
import { checkbox, confirmation, idField, optionalLine, updatedAtField } from "../admin/fields";

/**
 * The forms of the media library: one schema for the form and the server. The alternative text is
 * required unless the image is marked decorative (RGAA 1.2: a decorative image has an empty `alt`
 * on purpose; any other must say what it shows).
 */
export const ALT_MAX_LENGTH = 250;
export const CAPTION_MAX_LENGTH = 300;
export const CREDIT_MAX_LENGTH = 150;
export const MEDIA_PER_PAGE = 24;
export const PICKER_PER_PAGE = 18;

export const ALT_REQUIRED = "Texte alternatif : décrivez ce que l’image montre, ou cochez « Image décorative » si elle n’apporte aucune information.";
export const ALT_IS_FILE_NAME = "Texte alternatif : c’est un nom de fichier. Décrivez ce que l’image montre.";

// The same idea as the editor's accessibility checker: a camera's or a file's name says nothing.
const FILE_NAME = /\.(jpe?g|png|gif|webp|avif|heic|tiff?|bmp)$|^(img|dsc|dscn|dcim|pxl|image|photo)[-_ ]?\d{2,}$/i;

export function looksLikeFileName(alt: string): boolean {
  return FILE_NAME.test(alt.trim());
}

const metadataFields = {
  alt: optionalLine("Texte alternatif", ALT_MAX_LENGTH),
  decorative: checkbox,
  caption: optionalLine("Légende", CAPTION_MAX_LENGTH),
};

type Metadata = { alt: string; decorative: boolean };

/** A decorative image keeps no alternative text: an `alt` left over would be read out anyway. */
function altRule<T extends Metadata>(value: T, context: z.RefinementCtx): T {
  if (value.decorative) return { ...value, alt: "" };
  if (value.alt === "") context.addIssue({ code: "custom", path: ["alt"], message: ALT_REQUIRED });
  else if (looksLikeFileName(value.alt)) context.addIssue({ code: "custom", path: ["alt"], message: ALT_IS_FILE_NAME });
  return value;
}

/**
 * The fields sent with an uploaded file. A credit not sent at all gets the settings' default
 * ("© ENSP"); one sent empty stays empty (someone removed it on purpose).
 */
export const uploadFieldsSchema = z
  .object({ ...metadataFields, credit: optionalLine("Crédit", CREDIT_MAX_LENGTH).optional() })
  .transform((value, context) => altRule(value, context));

/** A focal point typed or clicked as a percentage of the width or height, stored as a fraction. */
function percentField(label: string) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.trim().replace(",", ".") : typeof value === "number" ? String(value) : value),
    z
      .string({ message: `${label} : ce champ est obligatoire.` })
      .regex(/^\d{1,3}(\.\d{1,2})?$/, `${label} : un nombre de 0 à 100.`)
      .transform(Number)
      .pipe(z.number().min(0, `${label} : un nombre de 0 à 100.`).max(100, `${label} : un nombre de 0 à 100.`))
      .transform((percent) => Math.round(percent * 100) / 10_000),
  );
}

/** The edit form of one medium: its words, and the point every crop keeps in view. */
export const updateMediaSchema = z
  .object({
    id: idField,
    updatedAt: updatedAtField,
    ...metadataFields,
    credit: optionalLine("Crédit", CREDIT_MAX_LENGTH),
    focalX: percentField("Point d’intérêt, position horizontale"),
    focalY: percentField("Point d’intérêt, position verticale"),
  })
  .transform((value, context) => altRule(value, context));

export const deleteMediaSchema = z.object({
  id: idField,
  confirm: confirmation("Cochez la case pour confirmer la suppression de l’image."),
});

export const USAGE_FILTERS = ["toutes", "utilisees", "inutilisees"] as const;
export type UsageFilter = (typeof USAGE_FILTERS)[number];
export const USAGE_LABELS: Record<UsageFilter, string> = {
  toutes: "Toutes les images",
  utilisees: "Utilisées par un article",
  inutilisees: "Utilisées par aucun article",
};

const searchField = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() || undefined : undefined),
  z.string().max(100, "Recherche : 100 caractères au plus.").optional(),
);
const pageField = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? "1" : typeof value === "number" ? String(value) : value),
  z.string().regex(/^[1-9]\d{0,5}$/, "Numéro de page invalide.").transform(Number),
);

/** The library's query string: ?q=…&utilisation=inutilisees&miennes=1&page=2. */
export const mediaListQuerySchema = z.object({
  q: searchField,
  utilisation: z.preprocess((value) => value ?? "toutes", z.enum(USAGE_FILTERS, { message: "Filtre d’utilisation invalide." })),
  miennes: z.preprocess((value) => value === "1" || value === "on" || value === true, z.boolean()),
  page: pageField,
});
export type MediaListQuery = z.output<typeof mediaListQuerySchema>;

/** What the image chooser of the editor asks for. */
export const pickerQuerySchema = z.object({ q: searchField, page: pageField });
export type PickerQuery = z.output<typeof pickerQuerySchema>;

export type UploadFields = z.output<typeof uploadFieldsSchema>;
export type UpdateMediaInput = z.output<typeof updateMediaSchema>;
export type DeleteMediaInput = z.output<typeof deleteMediaSchema>;
