import { z } from "zod";

/**
 * The building blocks of the back office's form schemas: strings trimmed, lengths bounded, every
 * message in French and naming the field as its label does.
 */
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

export function requiredText(label: string, max: number) {
  return z.preprocess(
    trimmed,
    z
      .string({ message: `${label} : ce champ est obligatoire.` })
      .min(1, `${label} : ce champ est obligatoire.`)
      .max(max, `${label} : ${max} caractères au plus.`)
      .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), `${label} : caractères de contrôle interdits.`),
  );
}

export function optionalText(label: string, max: number) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? "" : trimmed(value)),
    z
      .string()
      .max(max, `${label} : ${max} caractères au plus.`)
      .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), `${label} : caractères de contrôle interdits.`),
  );
}

/** A single line: no line break either. */
export function requiredLine(label: string, max: number) {
  return requiredText(label, max).refine((value) => !/[\r\n]/.test(value), `${label} : une seule ligne.`);
}

export function optionalLine(label: string, max: number) {
  return optionalText(label, max).refine((value) => !/[\r\n]/.test(value), `${label} : une seule ligne.`);
}

/** An HTML checkbox: "on" when checked, absent otherwise. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export function integerBetween(label: string, min: number, max: number) {
  return z.preprocess(
    trimmed,
    z
      .string({ message: `${label} : ce champ est obligatoire.` })
      .regex(/^\d{1,6}$/, `${label} : saisissez un nombre entier.`)
      .transform(Number)
      .pipe(z.number().int().min(min, `${label} : au moins ${min}.`).max(max, `${label} : au plus ${max}.`)),
  );
}

/** An identifier from the database (cuid), as a hidden field carries it. */
export const idField = z.string({ message: "Identifiant manquant." }).regex(/^[a-z0-9]{20,40}$/, "Identifiant invalide.");

/** The row version the form was loaded with (optimistic concurrency). */
export const versionField = z.preprocess(trimmed, z.string().regex(/^\d{1,9}$/, "Version invalide.").transform(Number));

/**
 * The `updatedAt` of the row the form was loaded with, as an ISO 8601 string in a hidden field
 * (optimistic concurrency for models without a version counter).
 */
export const updatedAtField = z.preprocess(
  trimmed,
  z.iso.datetime({ message: "Version du formulaire invalide : rechargez la page." }).transform((value) => new Date(value)),
);

/** A checkbox that must be ticked to go on (a deletion, a merge). */
export function confirmation(message: string) {
  return checkbox.refine((value) => value, message);
}
