"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import type { Role } from "@/lib/auth/permissions";
import { PersonFields } from "../PersonFields";
import { updatePersonAction } from "./actions";

type Props = {
  person: { id: string; name: string; email: string; role: Role };
  isSelf: boolean;
  lastActiveAdmin: boolean;
};

export function PersonEditForm({ person, isSelf, lastActiveAdmin }: Props) {
  return (
    <AdminForm action={updatePersonAction} label="Identité et rôle">
      <input type="hidden" name="id" value={person.id} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-sr-only">Identité et rôle</legend>
        <PersonFields
          person={person}
          roleLocked={isSelf ? "Vous ne pouvez pas changer votre propre rôle : un autre administrateur peut le faire." : undefined}
          roleHint={
            lastActiveAdmin
              ? "C’est le dernier administrateur actif : il garde ce rôle tant qu’aucun autre administrateur n’est nommé."
              : "Changer d’adresse ou perdre des droits met fin aux sessions ouvertes de la personne."
          }
        />
      </fieldset>
      <SubmitButton>Enregistrer les modifications</SubmitButton>
    </AdminForm>
  );
}
