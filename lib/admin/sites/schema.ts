import { z } from "zod";
import { checkbox, confirmation, idField, requiredLine, updatedAtField } from "../fields";

export const ADDRESS_LAYOUTS = ["BLOCK", "INLINE"] as const;
export type AddressLayout = (typeof ADDRESS_LAYOUTS)[number];

export const ADDRESS_LAYOUT_LABELS: Record<AddressLayout, string> = {
  BLOCK: "Sur plusieurs lignes : l’adresse, puis « code postal VILLE »",
  INLINE: "Sur une seule ligne : « BP 50097 - 77875 MONTEREAU Cedex »",
};

export const ADDRESS_MAX_LINES = 4;
export const ADDRESS_LINE_MAX_LENGTH = 100;

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A French phone number as it is typed (spaces, dots, dashes, "+33", "0033", "+33 (0)"), in the
 * national form the letterhead prints: "04 72 53 18 50". Null when it is not one: ten digits
 * starting with 0 then 1 to 9. The public pages derive the "tel:" link and the international form
 * of the JSON-LD from this form.
 */
export function normalizeFrenchPhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()/]/g, "");
  const international = /^(?:\+|00)33(?:0)?([1-9]\d{8})$/.exec(compact);
  const national = international ? `0${international[1]}` : /^0[1-9]\d{8}$/.test(compact) ? compact : null;
  return national ? national.replace(/(\d{2})(?=\d)/g, "$1 ") : null;
}

const phoneField = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z
    .string({ message: "Téléphone : ce champ est obligatoire." })
    .min(1, "Téléphone : ce champ est obligatoire.")
    .max(30, "Téléphone : saisissez un numéro français à dix chiffres, par exemple 04 72 53 18 50.")
    .transform((value, context) => {
      const phone = normalizeFrenchPhone(value);
      if (phone) return phone;
      context.addIssue({ code: "custom", message: "Téléphone : saisissez un numéro français à dix chiffres, par exemple 04 72 53 18 50 ou +33 4 72 53 18 50." });
      return z.NEVER;
    }),
);

/** The textarea of the address, one line per line: blank lines dropped, each line trimmed. */
const addressLinesField = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/\r\n|\r|\n/)
          .map((line) => line.trim())
          .filter(Boolean)
      : [],
  z
    .array(z.string())
    .min(1, "Adresse : ce champ est obligatoire (au moins une ligne, par exemple le numéro et la rue, ou la boîte postale).")
    .max(ADDRESS_MAX_LINES, `Adresse : ${ADDRESS_MAX_LINES} lignes au plus.`)
    .refine((lines) => lines.every((line) => line.length <= ADDRESS_LINE_MAX_LENGTH), `Adresse : ${ADDRESS_LINE_MAX_LENGTH} caractères au plus par ligne.`)
    .refine((lines) => lines.every((line) => !CONTROL_CHARACTERS.test(line)), "Adresse : caractères de contrôle interdits."),
);

const postcodeField = z.preprocess(
  (value) => (typeof value === "string" ? value.replace(/\s/g, "") : value),
  z
    .string({ message: "Code postal : ce champ est obligatoire." })
    .min(1, "Code postal : ce champ est obligatoire.")
    .regex(/^\d{5}$/, "Code postal : cinq chiffres, par exemple 69450."),
);

/** A site of the school as the form edits it (admins). One schema for the form and the server. */
export const siteSchema = z.object({
  name: requiredLine("Nom du site", 150),
  addressLines: addressLinesField,
  postcode: postcodeField,
  city: requiredLine("Ville", 100),
  addressLayout: z.enum(ADDRESS_LAYOUTS, { message: "Choisissez la présentation de l’adresse." }),
  phone: phoneField,
  isHeadquarters: checkbox,
});

export const updateSiteSchema = siteSchema.extend({ id: idField, updatedAt: updatedAtField });

export const deleteSiteSchema = z.object({
  id: idField,
  confirm: confirmation("Cochez la case pour confirmer la suppression du site."),
});

export type SiteInput = z.output<typeof siteSchema>;
export type UpdateSiteInput = z.output<typeof updateSiteSchema>;
export type DeleteSiteInput = z.output<typeof deleteSiteSchema>;
