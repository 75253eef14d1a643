"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { LinkResult } from "../LinkResult";
import { PersonFields } from "../PersonFields";
import { createPersonAction } from "./actions";

export function NewPersonForm() {
  return (
    <AdminForm action={createPersonAction} label="Ajouter une personne" renderSuccess={(state) => <LinkResult state={state} showPersonLink />}>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          <h2 className="fr-h4 fr-mb-0">Identité et rôle</h2>
        </legend>
        <PersonFields />
      </fieldset>
      <SubmitButton pendingLabel="Création…">Créer le compte</SubmitButton>
    </AdminForm>
  );
}
