"use client";

import { SelectField } from "@/components/admin/form/SelectField";
import { TextField } from "@/components/admin/form/TextField";
import { NAME_MAX_LENGTH, ROLES } from "@/lib/admin/users/schema";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";

const ROLE_HINT =
  "Auteur : écrit ses articles et les propose à la relecture. Éditeur : publie tous les articles, gère les rubriques et les mots-clés. Administrateur : gère aussi les personnes, les sites et les réglages.";

/** Name, address and role: the same fields to create a person and to edit one. */
export function PersonFields({
  person,
  roleLocked,
  roleHint,
}: {
  person?: { name: string; email: string; role: Role };
  /** the role is shown, not editable (one's own) */
  roleLocked?: string;
  roleHint?: string;
}) {
  return (
    <>
      <div className="fr-fieldset__element">
        <TextField
          name="name"
          label="Nom"
          hint="Prénom et nom, tels qu’ils signeront les articles."
          defaultValue={person?.name}
          autoComplete="off"
          required
          maxLength={NAME_MAX_LENGTH}
        />
      </div>
      <div className="fr-fieldset__element">
        <TextField
          name="email"
          label="Adresse électronique"
          hint="L’adresse avec laquelle la personne se connecte, par exemple prenom.nom@interieur.gouv.fr."
          type="email"
          defaultValue={person?.email}
          autoComplete="off"
          required
          spellCheck={false}
          maxLength={254}
        />
      </div>
      <div className="fr-fieldset__element">
        {roleLocked && person ? (
          <>
            <input type="hidden" name="role" value={person.role} />
            <p className="fr-mb-3w">
              Rôle : <strong>{ROLE_LABELS[person.role]}</strong>. {roleLocked}
            </p>
          </>
        ) : (
          <SelectField
            name="role"
            label="Rôle"
            hint={roleHint ? `${roleHint} ${ROLE_HINT}` : ROLE_HINT}
            defaultValue={person?.role ?? "AUTHOR"}
            options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
            required
          />
        )}
      </div>
    </>
  );
}
