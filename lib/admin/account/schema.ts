import { z } from "zod";
import { PASSWORD_MAX_LENGTH, passwordPairSchema } from "../../auth/schemas";
import { requiredLine } from "../fields";

/** "My account": what each of its forms sends. One schema for the form and the server. */

export const PERSON_NAME_MAX_LENGTH = 100;

export const nameSchema = z.object({
  name: requiredLine("Prénom et nom", PERSON_NAME_MAX_LENGTH),
});
export type NameInput = z.output<typeof nameSchema>;

// Checked against the hash whatever its length (no hint about the policy), but bounded.
const currentPasswordField = z
  .string({ message: "Mot de passe actuel : saisissez-le." })
  .min(1, "Mot de passe actuel : saisissez-le.")
  .max(PASSWORD_MAX_LENGTH * 4, "Mot de passe actuel : trop long.");

export const passwordChangeSchema = z.object({ currentPassword: currentPasswordField }).and(passwordPairSchema);
export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;

/**
 * A code from the authenticator app, six digits only: a recovery code is for signing in, never
 * for managing two-factor authentication (and so is never consumed here by mistake).
 */
export const totpCodeSchema = z.object({
  code: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\s+/g, "") : value),
    z
      .string({ message: "Code à 6 chiffres : saisissez le code affiché par votre application." })
      .regex(/^\d{6}$/, "Code à 6 chiffres : saisissez les 6 chiffres affichés par votre application."),
  ),
});
export type TotpCodeInput = z.output<typeof totpCodeSchema>;

export const disableTwoFactorSchema = z.object({ currentPassword: currentPasswordField });
export type DisableTwoFactorInput = z.output<typeof disableTwoFactorSchema>;

/** A form with a button only. */
export const noFieldsSchema = z.object({});
