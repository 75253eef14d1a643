"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { TAG_NAME_MAX_LENGTH } from "@/lib/admin/tags/schema";
import { SLUG_MAX_LENGTH } from "@/lib/slug";
import { createTagAction, renameTagAction } from "./actions";

type Props = {
  /** the tag being renamed; none for a new one */
  tag?: {
    id: string;
    name: string;
    slug: string;
    /** ISO 8601: the version the form was loaded with */
    updatedAt: string;
  };
};

export function TagForm({ tag }: Props) {
  return (
    <AdminForm action={tag ? renameTagAction : createTagAction} label={tag ? "Renommer le mot-clé" : "Nouveau mot-clé"}>
      {tag && (
        <>
          <input type="hidden" name="id" value={tag.id} />
          <input type="hidden" name="updatedAt" value={tag.updatedAt} />
        </>
      )}
      <TextField name="name" label="Nom" hint="Tel qu’il apparaît sous les articles : « Sécurité routière »." defaultValue={tag?.name} required maxLength={TAG_NAME_MAX_LENGTH} />
      <TextField
        name="slug"
        label="Adresse (slug)"
        hint={
          tag
            ? "La fin de l’adresse du mot-clé : lettres minuscules sans accent, chiffres et tirets. Si vous la changez, l’ancienne adresse continue de fonctionner et redirige vers la nouvelle. Vide : tirée du nom."
            : "La fin de l’adresse du mot-clé : lettres minuscules sans accent, chiffres et tirets. Laissez vide pour la tirer du nom (« Sécurité routière » donne « securite-routiere »)."
        }
        defaultValue={tag?.slug}
        maxLength={SLUG_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
      />
      <SubmitButton>{tag ? "Enregistrer le mot-clé" : "Créer le mot-clé"}</SubmitButton>
    </AdminForm>
  );
}
