import { z } from "zod";
import { emailField } from "../../auth/schemas";
import type { Role } from "../../auth/permissions";
import { checkbox, idField, requiredLine } from "../fields";

export const ROLES = ["ADMIN", "EDITOR", "AUTHOR"] as const satisfies readonly Role[];

export const NAME_MAX_LENGTH = 120;

/** A person as the admin edits them: the name signs their articles, the address signs them in. */
export const personSchema = z.object({
  name: requiredLine("Nom", NAME_MAX_LENGTH),
  email: emailField,
  role: z.enum(ROLES, { message: "Choisissez un rôle." }),
});

export const createPersonSchema = personSchema;
export const updatePersonSchema = personSchema.extend({ id: idField });

/** The actions on one person that need nothing but the person. */
export const personIdSchema = z.object({ id: idField });

/**
 * A destructive action goes through only with its box ticked: a stray click or Enter is not enough.
 * Each box has its own name, since a person's page holds several of these forms at once.
 */
function confirmed(message: string) {
  return checkbox.refine((value) => value, message);
}

export const disablePersonSchema = personIdSchema.extend({
  confirmDisable: confirmed("Cochez la case pour confirmer la désactivation du compte."),
});

export const deletePersonSchema = personIdSchema.extend({
  confirmDelete: confirmed("Cochez la case pour confirmer la suppression définitive."),
});

export const revokeSessionsSchema = personIdSchema.extend({
  confirmRevoke: confirmed("Cochez la case pour confirmer la fin de ses sessions."),
});

export const resetTwoFactorSchema = personIdSchema.extend({
  confirmReset: confirmed("Cochez la case pour confirmer la réinitialisation de la double authentification."),
});

export type PersonInput = z.output<typeof personSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;
export type PersonIdInput = z.output<typeof personIdSchema>;
