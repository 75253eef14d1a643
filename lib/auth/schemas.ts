import { z } from "zod";

/** An e-mail address as typed in a form: trimmed, lower-cased, checked. */
export const emailField = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
  z
    .string({ message: "L’adresse électronique est obligatoire." })
    .min(1, "L’adresse électronique est obligatoire.")
    .max(254, "L’adresse électronique fait au plus 254 caractères.")
    .pipe(z.email("Saisissez une adresse électronique valide, par exemple prenom.nom@interieur.gouv.fr.")),
);

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** A new password: long rather than complicated (ANSSI, NIST), and bounded so hashing stays cheap. */
export const newPasswordField = z
  .string({ message: "Choisissez un mot de passe." })
  .min(PASSWORD_MIN_LENGTH, `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`)
  .max(PASSWORD_MAX_LENGTH, `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`)
  .refine((value) => new Set(value).size >= 5, "Ce mot de passe est trop répétitif : mélangez davantage de caractères.");

/** A new password typed twice. */
export const passwordPairSchema = z
  .object({ password: newPasswordField, confirmation: z.string({ message: "Confirmez le mot de passe." }) })
  .refine((value) => value.password === value.confirmation, {
    message: "Les deux mots de passe ne sont pas identiques.",
    path: ["confirmation"],
  });

export const signInSchema = z.object({
  email: emailField,
  // Any length is checked against the hash: no hint about the policy leaks here. Bounded, though.
  password: z.string({ message: "Saisissez votre mot de passe." }).min(1, "Saisissez votre mot de passe.").max(PASSWORD_MAX_LENGTH * 4, "Mot de passe trop long."),
  callbackUrl: z.string().optional(),
});

export const secondFactorSchema = z.object({
  code: z
    .string({ message: "Saisissez le code." })
    .trim()
    .min(6, "Saisissez le code à 6 chiffres de votre application, ou un code de secours.")
    .max(20, "Saisissez le code à 6 chiffres de votre application, ou un code de secours."),
  callbackUrl: z.string().optional(),
});

/** Where to go after signing in: a back-office path only, never another site. */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || !value.startsWith("/admin") || value.startsWith("//") || /[\\\s]/.test(value)) return "/admin";
  if (value.startsWith("/admin/connexion")) return "/admin";
  return value;
}
